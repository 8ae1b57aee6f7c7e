import type { Starter } from './starter';

// The numbers hold together on a flat 180 k€ budget: 200 000 clicks × 0.90 € = 240 000 × 0.75 €; CPA is
// CPC / conversion rate (0.90 / 2.2 % ≈ 40 €, 0.75 / 2.4 % ≈ 31 €); conversions go from 4 400 to 5 760
// (+30 %), and ROAS from 3 to 4 takes ad revenue from 540 k€ to 720 k€.
export const PAID_ACQUISITION: Starter = {
  id: 'paid-acquisition',
  name: { fr: 'Acquisition payante', en: 'Paid acquisition' },
  description: {
    fr: 'Google Ads et Meta Ads\u00a0: CPC, CTR, CPA et ROAS pour rentabiliser chaque euro investi.',
    en: 'Google Ads and Meta Ads: CPC, CTR, CPA and ROAS to make every dollar of ad spend pay.',
  },
  currency: { fr: 'EUR', en: 'USD' },
  period: { start: '2027-01-01', end: '2027-12-31', frequency: 'monthly' },
  strategy: {
    fr: 'Acheter de la croissance rentable\u00a0: chaque campagne doit rapporter plus qu’elle ne coûte',
    en: 'Buy profitable growth: every campaign must return more than it costs',
  },
  goal: {
    fr: 'Augmenter les ventes issues de la publicité de 30 % en 2027 à budget constant',
    en: 'Grow ad-driven sales by 30% in 2027 on a flat budget',
  },
  objectives: [
    {
      id: 'so-roas',
      title: {
        fr: 'Porter le ROAS de 3 à 4 d’ici fin 2027',
        en: 'Raise ROAS from 3 to 4 by the end of 2027',
      },
      operational: [
        {
          id: 'oo-cpa',
          title: {
            fr: 'Réduire le coût par acquisition de 40 € à 32 € d’ici le 30/09/2027',
            en: 'Cut the cost per acquisition from $40 to $32 by September 30, 2027',
          },
          kpis: [
            {
              id: 'cpa',
              name: { fr: 'Coût par acquisition (CPA)', en: 'Cost per acquisition (CPA)' },
              libraryId: 'cpa',
              unit: 'currency',
              direction: 'lower',
              aggregation: 'average',
              target: 32,
              deadline: '2027-09-30',
              weight: 2,
              source: 'Google Ads',
            },
            {
              id: 'roas',
              name: { fr: 'ROAS', en: 'ROAS' },
              libraryId: 'roas',
              unit: 'number',
              direction: 'higher',
              aggregation: 'last',
              target: 4,
              weight: 3,
              source: 'Google Ads',
            },
          ],
        },
        {
          id: 'oo-ad-conversion',
          title: {
            fr: 'Porter le taux de conversion des annonces de 2,2 % à 2,4 % d’ici fin 2027',
            en: 'Raise the ad conversion rate from 2.2% to 2.4% by the end of 2027',
          },
          kpis: [
            {
              id: 'ads-conversion-rate',
              name: { fr: 'Taux de conversion des annonces', en: 'Ad conversion rate' },
              libraryId: 'ads_conversion_rate',
              unit: 'percent',
              direction: 'higher',
              aggregation: 'last',
              target: 0.024,
              source: 'Google Ads',
            },
          ],
        },
      ],
    },
    {
      id: 'so-clicks',
      title: {
        fr: 'Augmenter les clics sur les annonces de 200 000 à 240 000 à budget constant d’ici fin 2027',
        en: 'Increase ad clicks from 200,000 to 240,000 on a flat budget by the end of 2027',
      },
      operational: [
        {
          id: 'oo-ctr',
          title: {
            fr: 'Porter le CTR des annonces de 2 % à 2,8 % d’ici le 30 juin 2027',
            en: 'Raise the paid CTR from 2% to 2.8% by June 30, 2027',
          },
          kpis: [
            {
              id: 'paid-ctr',
              name: { fr: 'CTR des annonces', en: 'Paid CTR' },
              libraryId: 'paid_ctr',
              unit: 'percent',
              direction: 'higher',
              aggregation: 'last',
              target: 0.028,
              deadline: '2027-06-30',
              source: 'Google Ads',
            },
            {
              id: 'quality-score',
              name: { fr: 'Niveau de qualité moyen', en: 'Average Quality Score' },
              libraryId: 'quality_score',
              unit: 'number',
              direction: 'higher',
              aggregation: 'average',
              target: 7,
              source: 'Google Ads',
            },
            {
              id: 'ad-clicks',
              name: { fr: 'Clics sur les annonces', en: 'Ad clicks' },
              libraryId: 'ad_clicks',
              unit: 'number',
              direction: 'higher',
              aggregation: 'sum',
              target: 240_000,
              weight: 2,
              source: 'Google Ads',
            },
          ],
        },
        {
          id: 'oo-cpc',
          title: {
            fr: 'Réduire le coût par clic de 0,90 € à 0,75 € d’ici fin 2027',
            en: 'Reduce the cost per click from $0.90 to $0.75 by the end of 2027',
          },
          kpis: [
            {
              id: 'cpc',
              name: { fr: 'Coût par clic (CPC)', en: 'Cost per click (CPC)' },
              libraryId: 'cpc',
              unit: 'currency',
              direction: 'lower',
              aggregation: 'average',
              target: 0.75,
              source: 'Google Ads',
            },
            {
              id: 'ad-spend',
              name: { fr: 'Dépenses publicitaires', en: 'Ad spend' },
              libraryId: 'ad_spend',
              unit: 'currency',
              direction: 'target',
              aggregation: 'sum',
              target: 180_000,
              owner: { fr: 'Responsable acquisition', en: 'Head of acquisition' },
              source: 'Google Ads',
            },
          ],
        },
      ],
    },
  ],
};
