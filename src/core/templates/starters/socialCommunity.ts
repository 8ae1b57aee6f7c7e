import type { Starter } from './starter';

// Engagement rather than traffic: the community is the asset, so the objectives track how people
// interact (engagement on reach, shares, watch-through), not the clicks it sends to the site.
export const SOCIAL_COMMUNITY: Starter = {
  id: 'social-community',
  name: { fr: 'Communauté sur les réseaux sociaux', en: 'Social media community' },
  description: {
    fr: 'Communauté de marque sur Instagram\u00a0: plus d’interactions, de partages et d’abonnés fidèles, plutôt que du trafic.',
    en: 'Instagram brand community: more interactions, shares and loyal followers, rather than traffic.',
  },
  currency: { fr: 'EUR', en: 'USD' },
  period: { start: '2027-01-01', end: '2027-12-31', frequency: 'monthly' },
  strategy: {
    fr: 'Faire de la communauté Instagram le premier ambassadeur de la marque',
    en: "Make the Instagram community the brand's first ambassador",
  },
  goal: {
    fr: 'Construire une communauté qui interagit, partage et recommande la marque chaque semaine',
    en: 'Build a community that interacts with, shares and recommends the brand every week',
  },
  objectives: [
    {
      id: 'so-engagement',
      title: {
        fr: 'Porter le taux d’engagement sur la portée Instagram de 3 % à 4,5 % d’ici fin 2027',
        en: 'Raise the Instagram engagement rate by reach from 3% to 4.5% by the end of 2027',
      },
      operational: [
        {
          id: 'oo-shares',
          title: {
            fr: 'Augmenter les partages de 6 000 à 9 000 d’ici fin 2027',
            en: 'Increase shares from 6,000 to 9,000 by the end of 2027',
          },
          kpis: [
            {
              id: 'shares',
              name: { fr: 'Partages', en: 'Shares' },
              libraryId: 'shares',
              unit: 'number',
              direction: 'higher',
              aggregation: 'sum',
              target: 9000,
              source: 'Meta',
            },
            {
              id: 'engagement-rate-by-reach',
              name: { fr: 'Taux d’engagement sur la portée', en: 'Engagement rate by reach' },
              libraryId: 'engagement_rate_by_reach',
              unit: 'percent',
              direction: 'higher',
              aggregation: 'last',
              target: 0.045,
              weight: 3,
              owner: { fr: 'Community manager', en: 'Community manager' },
              source: 'Meta',
            },
          ],
        },
        {
          id: 'oo-interactions',
          title: {
            fr: 'Porter les interactions (j’aime, commentaires, enregistrements) de 120 000 à 170 000 d’ici fin 2027',
            en: 'Grow engagements (likes, comments, saves) from 120,000 to 170,000 by the end of 2027',
          },
          kpis: [
            {
              id: 'engagements',
              name: { fr: 'Interactions', en: 'Engagements' },
              libraryId: 'social_engagements',
              unit: 'number',
              direction: 'higher',
              aggregation: 'sum',
              target: 170_000,
              source: 'Meta',
            },
          ],
        },
      ],
    },
    {
      id: 'so-followers',
      title: {
        fr: 'Porter le nombre d’abonnés Instagram de 25 000 à 35 000 d’ici fin 2027',
        en: 'Grow Instagram followers from 25,000 to 35,000 by the end of 2027',
      },
      operational: [
        {
          id: 'oo-reach',
          title: {
            fr: 'Porter la portée moyenne des publications de 8 000 à 12 000 comptes d’ici le 30/06/2027',
            en: 'Raise the average reach per post from 8,000 to 12,000 accounts by June 30, 2027',
          },
          kpis: [
            {
              id: 'reach',
              name: { fr: 'Portée moyenne par publication', en: 'Average reach per post' },
              libraryId: 'social_reach',
              unit: 'number',
              direction: 'higher',
              aggregation: 'average',
              target: 12_000,
              deadline: '2027-06-30',
              source: 'Meta',
            },
            {
              id: 'followers',
              name: { fr: 'Abonnés Instagram', en: 'Instagram followers' },
              libraryId: 'followers',
              unit: 'number',
              direction: 'higher',
              aggregation: 'last',
              target: 35_000,
              weight: 2,
              source: 'Meta',
            },
          ],
        },
      ],
    },
    {
      id: 'so-video',
      title: {
        fr: 'Porter le taux de visionnage des Reels de 25 % à 35 % d’ici fin 2027',
        en: 'Raise the view-through rate of Reels from 25% to 35% by the end of 2027',
      },
      operational: [
        {
          id: 'oo-watch-time',
          title: {
            fr: 'Augmenter la durée moyenne de visionnage des Reels de 6 à 8 secondes d’ici le 30/09/2027',
            en: 'Increase the average watch time of Reels from 6 to 8 seconds by September 30, 2027',
          },
          kpis: [
            {
              id: 'average-view-duration',
              name: { fr: 'Durée moyenne de visionnage (s)', en: 'Average watch time (s)' },
              libraryId: 'average_view_duration',
              unit: 'duration',
              direction: 'higher',
              aggregation: 'average',
              target: 8,
              deadline: '2027-09-30',
              source: 'Meta',
            },
            {
              id: 'view-through-rate',
              name: { fr: 'Taux de visionnage des Reels', en: 'Reels view-through rate' },
              libraryId: 'view_through_rate',
              unit: 'percent',
              direction: 'higher',
              aggregation: 'last',
              target: 0.35,
              weight: 2,
              source: 'Meta',
            },
          ],
        },
      ],
    },
  ],
};
