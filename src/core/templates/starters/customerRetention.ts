import type { Starter } from './starter';

// Twelve-month retention follows monthly churn: 0.95^12 ≈ 54 % today, 0.965^12 ≈ 65 % at 3.5 % churn.
export const CUSTOMER_RETENTION: Starter = {
  id: 'customer-retention',
  name: { fr: 'Fidélisation client', en: 'Customer retention and loyalty' },
  description: {
    fr: 'Abonnement ou clientèle récurrente\u00a0: moins d’attrition, plus de valeur par client et des clients qui recommandent.',
    en: 'Subscription or repeat business: less churn, more value per customer and customers who recommend you.',
  },
  currency: { fr: 'EUR', en: 'USD' },
  period: { start: '2027-01-01', end: '2027-12-31', frequency: 'monthly' },
  strategy: {
    fr: 'Faire de chaque client un client fidèle qui recommande la marque',
    en: 'Turn every customer into a loyal one who recommends the brand',
  },
  goal: {
    fr: 'Réduire l’attrition de 30 % et augmenter la valeur vie client de 20 % en 2027',
    en: 'Cut churn by 30% and grow customer lifetime value by 20% in 2027',
  },
  objectives: [
    {
      id: 'so-churn',
      title: {
        fr: 'Réduire le taux d’attrition mensuel de 5 % à 3,5 % d’ici fin 2027',
        en: 'Reduce the monthly churn rate from 5% to 3.5% by the end of 2027',
      },
      operational: [
        {
          id: 'oo-retention',
          title: {
            fr: 'Porter le taux de rétention à 12 mois de 54 % à 65 % d’ici fin 2027',
            en: 'Raise the 12-month retention rate from 54% to 65% by the end of 2027',
          },
          kpis: [
            {
              id: 'retention-rate',
              name: { fr: 'Taux de rétention à 12 mois', en: '12-month retention rate' },
              libraryId: 'retention_rate',
              unit: 'percent',
              direction: 'higher',
              aggregation: 'last',
              target: 0.65,
              source: 'CRM',
            },
            {
              id: 'churn-rate',
              name: { fr: 'Taux d’attrition mensuel', en: 'Monthly churn rate' },
              libraryId: 'churn_rate',
              unit: 'percent',
              direction: 'lower',
              aggregation: 'last',
              target: 0.035,
              weight: 3,
              source: 'CRM',
            },
          ],
        },
        {
          id: 'oo-support',
          title: {
            fr: 'Réduire le délai de première réponse du support de 8 à 4 heures d’ici le 30/06/2027',
            en: 'Cut the first response time of support from 8 to 4 hours by June 30, 2027',
          },
          kpis: [
            {
              id: 'first-response-time',
              name: { fr: 'Délai de première réponse (h)', en: 'First response time (h)' },
              libraryId: 'first_response_time',
              unit: 'duration',
              direction: 'lower',
              aggregation: 'average',
              target: 4,
              deadline: '2027-06-30',
              owner: { fr: 'Service client', en: 'Customer service' },
              source: 'Zendesk',
            },
          ],
        },
      ],
    },
    {
      id: 'so-lifetime-value',
      title: {
        fr: 'Augmenter la valeur vie client de 180 € à 220 € d’ici fin 2027',
        en: 'Increase customer lifetime value from $180 to $220 by the end of 2027',
      },
      operational: [
        {
          id: 'oo-repeat',
          title: {
            fr: 'Porter le taux de réachat de 25 % à 32 % d’ici le 31/12/2027',
            en: 'Raise the repeat purchase rate from 25% to 32% by December 31, 2027',
          },
          kpis: [
            {
              id: 'repeat-purchase-rate',
              name: { fr: 'Taux de réachat', en: 'Repeat purchase rate' },
              libraryId: 'repeat_purchase_rate',
              unit: 'percent',
              direction: 'higher',
              aggregation: 'last',
              target: 0.32,
              source: 'Shopify',
            },
            {
              id: 'ltv',
              name: { fr: 'Valeur vie client', en: 'Customer lifetime value' },
              libraryId: 'ltv',
              unit: 'currency',
              direction: 'higher',
              aggregation: 'last',
              target: 220,
              weight: 2,
              source: 'CRM',
            },
          ],
        },
      ],
    },
    {
      id: 'so-advocacy',
      title: {
        fr: 'Porter le Net Promoter Score de 25 à 40 d’ici fin 2027',
        en: 'Raise the Net Promoter Score from 25 to 40 by the end of 2027',
      },
      operational: [
        {
          id: 'oo-satisfaction',
          title: {
            fr: 'Porter la satisfaction client de 82 % à 88 % d’ici le 30/09/2027',
            en: 'Raise customer satisfaction from 82% to 88% by September 30, 2027',
          },
          kpis: [
            {
              id: 'csat',
              name: { fr: 'Satisfaction client (CSAT)', en: 'Customer satisfaction (CSAT)' },
              libraryId: 'csat',
              unit: 'percent',
              direction: 'higher',
              aggregation: 'last',
              target: 0.88,
              deadline: '2027-09-30',
              source: 'Survey',
            },
            {
              id: 'nps',
              name: { fr: 'Net Promoter Score', en: 'Net Promoter Score' },
              libraryId: 'nps',
              unit: 'number',
              direction: 'higher',
              aggregation: 'last',
              target: 40,
              weight: 2,
              source: 'Survey',
            },
          ],
        },
        {
          id: 'oo-referrals',
          title: {
            fr: 'Porter le taux de parrainage de 4 % à 6 % d’ici fin 2027',
            en: 'Raise the referral rate from 4% to 6% by the end of 2027',
          },
          kpis: [
            {
              id: 'referral-rate',
              name: { fr: 'Taux de parrainage', en: 'Referral rate' },
              libraryId: 'referral_rate',
              unit: 'percent',
              direction: 'higher',
              aggregation: 'last',
              target: 0.06,
              source: 'CRM',
            },
          ],
        },
      ],
    },
  ],
};
