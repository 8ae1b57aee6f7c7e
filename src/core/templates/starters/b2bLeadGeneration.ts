import type { Starter } from './starter';

export const B2B_LEAD_GENERATION: Starter = {
  id: 'b2b-lead-generation',
  name: { fr: 'Génération de leads B2B', en: 'B2B lead generation' },
  description: {
    fr: 'Entreprise B2B\u00a0: un pipeline commercial plus gros, des leads mieux qualifiés et un coût d’acquisition maîtrisé.',
    en: 'B2B company: a bigger sales pipeline, better-qualified leads and a controlled acquisition cost.',
  },
  currency: { fr: 'EUR', en: 'USD' },
  period: { start: '2027-01-01', end: '2027-12-31', frequency: 'monthly' },
  strategy: {
    fr: 'Devenir le partenaire de référence des PME industrielles pour la maintenance prédictive',
    en: 'Become the go-to partner of industrial SMEs for predictive maintenance',
  },
  goal: {
    fr: 'Faire du marketing la source de 60 % des nouvelles affaires signées en 2027',
    en: 'Make marketing the source of 60% of the new deals won in 2027',
  },
  objectives: [
    {
      id: 'so-pipeline',
      title: {
        fr: 'Porter la valeur du pipeline de 1,5 M€ à 2,4 M€ d’ici le 31/12/2027',
        en: 'Grow the pipeline value from $1.5M to $2.4M by December 31, 2027',
      },
      operational: [
        {
          id: 'oo-leads',
          title: {
            fr: 'Porter le nombre de leads de 1 200 à 1 800 d’ici fin 2027',
            en: 'Increase leads from 1,200 to 1,800 by the end of 2027',
          },
          kpis: [
            {
              id: 'leads',
              name: { fr: 'Leads', en: 'Leads' },
              libraryId: 'leads',
              unit: 'number',
              direction: 'higher',
              aggregation: 'sum',
              target: 1800,
              owner: { fr: 'Marketing', en: 'Marketing' },
              source: 'HubSpot',
            },
            {
              id: 'pipeline-value',
              name: { fr: 'Valeur du pipeline', en: 'Pipeline value' },
              libraryId: 'pipeline_value',
              unit: 'currency',
              direction: 'higher',
              aggregation: 'last',
              target: 2_400_000,
              weight: 3,
              owner: { fr: 'Direction commerciale', en: 'Head of sales' },
              source: 'CRM',
            },
          ],
        },
        {
          id: 'oo-mql',
          title: {
            fr: 'Augmenter les leads qualifiés marketing de 400 à 600 d’ici fin 2027',
            en: 'Increase the number of marketing qualified leads from 400 to 600 by the end of 2027',
          },
          kpis: [
            {
              id: 'mql',
              name: { fr: 'Leads qualifiés marketing (MQL)', en: 'Marketing qualified leads (MQL)' },
              libraryId: 'mql',
              unit: 'number',
              direction: 'higher',
              aggregation: 'sum',
              target: 600,
              weight: 2,
              source: 'HubSpot',
            },
            {
              id: 'meetings-booked',
              name: { fr: 'Rendez-vous obtenus', en: 'Meetings booked' },
              libraryId: 'meetings_booked',
              unit: 'number',
              direction: 'higher',
              aggregation: 'sum',
              target: 360,
              source: 'CRM',
            },
          ],
        },
      ],
    },
    {
      id: 'so-win-rate',
      title: {
        fr: 'Porter le taux de signature de 20 % à 25 % d’ici fin 2027',
        en: 'Raise the win rate from 20% to 25% by the end of 2027',
      },
      operational: [
        {
          id: 'oo-qualification',
          title: {
            fr: 'Porter le taux de passage MQL en SQL de 25 % à 35 % d’ici le 30/09/2027',
            en: 'Raise the MQL-to-SQL rate from 25% to 35% by September 30, 2027',
          },
          kpis: [
            {
              id: 'mql-to-sql-rate',
              name: { fr: 'Taux de passage MQL en SQL', en: 'MQL-to-SQL rate' },
              libraryId: 'mql_to_sql_rate',
              unit: 'percent',
              direction: 'higher',
              aggregation: 'last',
              target: 0.35,
              deadline: '2027-09-30',
              source: 'CRM',
            },
            {
              id: 'win-rate',
              name: { fr: 'Taux de signature', en: 'Win rate' },
              libraryId: 'win_rate',
              unit: 'percent',
              direction: 'higher',
              aggregation: 'last',
              target: 0.25,
              weight: 2,
              source: 'CRM',
            },
          ],
        },
        {
          id: 'oo-sales-cycle',
          title: {
            fr: 'Réduire la durée du cycle de vente de 90 à 75 jours d’ici fin 2027',
            en: 'Cut the sales cycle length from 90 to 75 days by the end of 2027',
          },
          kpis: [
            {
              id: 'sales-cycle-length',
              name: { fr: 'Durée du cycle de vente (jours)', en: 'Sales cycle length (days)' },
              libraryId: 'sales_cycle_length',
              unit: 'duration',
              direction: 'lower',
              aggregation: 'average',
              target: 75,
              source: 'CRM',
            },
          ],
        },
      ],
    },
    {
      id: 'so-cac',
      title: {
        fr: 'Réduire le coût d’acquisition client de 4 500 € à 3 600 € d’ici fin 2027',
        en: 'Reduce the customer acquisition cost from $4,500 to $3,600 by the end of 2027',
      },
      operational: [
        {
          id: 'oo-cpl',
          title: {
            fr: 'Réduire le coût par lead de 80 € à 60 € d’ici le 31/12/2027',
            en: 'Cut the cost per lead from $80 to $60 by December 31, 2027',
          },
          kpis: [
            {
              id: 'cpl',
              name: { fr: 'Coût par lead', en: 'Cost per lead' },
              libraryId: 'cpl',
              unit: 'currency',
              direction: 'lower',
              aggregation: 'average',
              target: 60,
              source: 'LinkedIn',
            },
            {
              id: 'cac',
              name: { fr: 'Coût d’acquisition client', en: 'Customer acquisition cost' },
              libraryId: 'cac',
              unit: 'currency',
              direction: 'lower',
              aggregation: 'average',
              target: 3600,
              weight: 2,
              source: 'Accounting',
            },
          ],
        },
      ],
    },
  ],
};
