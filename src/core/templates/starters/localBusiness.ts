import type { Starter } from './starter';

export const LOCAL_BUSINESS: Starter = {
  id: 'local-business',
  name: { fr: 'Commerce de proximité', en: 'Local business' },
  description: {
    fr: 'Commerce, restaurant ou artisan\u00a0: plus de clients du quartier, de meilleurs avis Google et des habitués.',
    en: 'Shop, restaurant or trade: more customers from the area, better Google reviews and regulars.',
  },
  currency: { fr: 'EUR', en: 'USD' },
  period: { start: '2027-01-01', end: '2027-12-31', frequency: 'monthly' },
  strategy: {
    fr: 'Devenir l’adresse préférée du quartier, celle que l’on recommande',
    en: 'Become the neighbourhood’s favourite place, the one people recommend',
  },
  goal: {
    fr: 'Augmenter le chiffre d’affaires du magasin de 15 % en 2027',
    en: 'Grow store revenue by 15% in 2027',
  },
  objectives: [
    {
      id: 'so-revenue',
      title: {
        fr: 'Augmenter le chiffre d’affaires de 380 k€ à 440 k€ d’ici fin 2027',
        en: 'Grow revenue from $380k to $440k by the end of 2027',
      },
      operational: [
        {
          id: 'oo-new-customers',
          title: {
            fr: 'Porter le nombre de nouveaux clients de 900 à 1 200 d’ici le 31/12/2027',
            en: 'Increase new customers from 900 to 1,200 by December 31, 2027',
          },
          kpis: [
            {
              id: 'new-customers',
              name: { fr: 'Nouveaux clients', en: 'New customers' },
              libraryId: 'new_customers',
              unit: 'number',
              direction: 'higher',
              aggregation: 'sum',
              target: 1200,
              source: 'CRM',
            },
            {
              id: 'revenue',
              name: { fr: 'Chiffre d’affaires', en: 'Revenue' },
              libraryId: 'revenue',
              unit: 'currency',
              direction: 'higher',
              aggregation: 'sum',
              target: 440_000,
              weight: 3,
              source: 'Accounting',
            },
          ],
        },
        {
          id: 'oo-regulars',
          title: {
            fr: 'Porter le taux de rétention de 55 % à 62 % d’ici fin 2027',
            en: 'Raise the retention rate from 55% to 62% by the end of 2027',
          },
          kpis: [
            {
              id: 'retention-rate',
              name: { fr: 'Taux de rétention', en: 'Retention rate' },
              libraryId: 'retention_rate',
              unit: 'percent',
              direction: 'higher',
              aggregation: 'last',
              target: 0.62,
              source: 'CRM',
            },
          ],
        },
      ],
    },
    {
      id: 'so-reputation',
      title: {
        fr: 'Porter la note moyenne des avis Google de 4,2 à 4,6 d’ici fin 2027',
        en: 'Raise the average Google review rating from 4.2 to 4.6 by the end of 2027',
      },
      operational: [
        {
          id: 'oo-reviews',
          title: {
            fr: 'Porter le nombre d’avis de 80 à 150 d’ici fin 2027',
            en: 'Grow the number of reviews from 80 to 150 by the end of 2027',
          },
          kpis: [
            {
              id: 'review-count',
              name: { fr: 'Nombre d’avis Google', en: 'Google reviews' },
              libraryId: 'review_count',
              unit: 'number',
              direction: 'higher',
              aggregation: 'sum',
              target: 150,
              source: 'Google Business Profile',
            },
            {
              id: 'average-rating',
              name: { fr: 'Note moyenne des avis', en: 'Average review rating' },
              libraryId: 'average_rating',
              unit: 'number',
              direction: 'higher',
              aggregation: 'last',
              target: 4.6,
              weight: 2,
              source: 'Google Business Profile',
            },
          ],
        },
      ],
    },
    {
      id: 'so-local-visibility',
      title: {
        fr: 'Porter les événements clés (appels, itinéraires, réservations) de 2 400 à 3 000 d’ici fin 2027',
        en: 'Grow key events (calls, directions, bookings) from 2,400 to 3,000 by the end of 2027',
      },
      operational: [
        {
          id: 'oo-local-search',
          title: {
            fr: 'Augmenter les clics organiques de 1 000 à 1 250 par mois d’ici fin 2027',
            en: 'Increase organic clicks from 1,000 to 1,250 a month by the end of 2027',
          },
          kpis: [
            {
              id: 'organic-clicks',
              name: { fr: 'Clics organiques', en: 'Organic clicks' },
              libraryId: 'organic_clicks',
              unit: 'number',
              direction: 'higher',
              aggregation: 'last',
              target: 1_250,
              source: 'Search Console',
            },
            {
              id: 'key-events',
              name: {
                fr: 'Événements clés (appels, itinéraires, réservations)',
                en: 'Key events (calls, directions, bookings)',
              },
              libraryId: 'key_events',
              unit: 'number',
              direction: 'higher',
              aggregation: 'sum',
              target: 3000,
              weight: 2,
              source: 'Google Business Profile',
            },
          ],
        },
      ],
    },
  ],
};
