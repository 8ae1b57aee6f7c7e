import type { Starter } from './starter';

// The numbers hold together as a funnel: 600 000 sessions × 1.8 % × 88 € ≈ 950 k€ today; 690 000 ×
// about 1.95 % over the year (1.8 % rising to 2.1 %) × 92 € ≈ 1.2 M€, the +25 % the goal asks for.
export const ECOMMERCE_GROWTH: Starter = {
  id: 'ecommerce-growth',
  name: { fr: 'Croissance e-commerce', en: 'E-commerce growth' },
  description: {
    fr: 'Boutique en ligne\u00a0: plus de trafic qualifié, un meilleur taux de conversion et des clients qui reviennent.',
    en: 'Online store: more qualified traffic, a higher conversion rate and customers who come back.',
  },
  currency: { fr: 'EUR', en: 'USD' },
  period: { start: '2027-01-01', end: '2027-12-31', frequency: 'monthly' },
  strategy: {
    fr: 'Faire de la boutique en ligne le premier canal de vente de la marque',
    en: "Make the online store the brand's leading sales channel",
  },
  goal: {
    fr: 'Augmenter le chiffre d’affaires en ligne de 25 % en 2027 sans dégrader la marge',
    en: 'Grow e-commerce revenue by 25% in 2027 without eroding the margin',
  },
  objectives: [
    {
      id: 'so-revenue',
      title: {
        fr: 'Porter le chiffre d’affaires en ligne de 960 k€ à 1,2 M€ d’ici fin 2027',
        en: 'Grow e-commerce revenue from $960k to $1.2M by the end of 2027',
      },
      operational: [
        {
          id: 'oo-conversion',
          title: {
            fr: 'Porter le taux de conversion de 1,8 % à 2,1 % d’ici le 30 juin 2027',
            en: 'Raise the conversion rate from 1.8% to 2.1% by June 30, 2027',
          },
          kpis: [
            {
              id: 'conversion-rate',
              name: { fr: 'Taux de conversion', en: 'Conversion rate' },
              libraryId: 'conversion_rate',
              unit: 'percent',
              direction: 'higher',
              aggregation: 'last',
              target: 0.021,
              deadline: '2027-06-30',
              weight: 2,
              owner: { fr: 'Équipe e-commerce', en: 'E-commerce team' },
              source: 'GA4',
            },
            {
              id: 'add-to-cart-rate',
              name: { fr: 'Taux d’ajout au panier', en: 'Add-to-cart rate' },
              libraryId: 'add_to_cart_rate',
              unit: 'percent',
              direction: 'higher',
              aggregation: 'last',
              target: 0.09,
              source: 'GA4',
            },
            {
              id: 'revenue',
              name: { fr: 'Chiffre d’affaires en ligne', en: 'E-commerce revenue' },
              libraryId: 'revenue',
              unit: 'currency',
              direction: 'higher',
              aggregation: 'sum',
              target: 1_200_000,
              weight: 3,
              source: 'Shopify',
            },
          ],
        },
        {
          id: 'oo-cart',
          title: {
            fr: 'Réduire le taux d’abandon de panier de 75 % à 68 % d’ici le 30 septembre 2027',
            en: 'Reduce the cart abandonment rate from 75% to 68% by September 30, 2027',
          },
          kpis: [
            {
              id: 'cart-abandonment-rate',
              name: { fr: 'Taux d’abandon de panier', en: 'Cart abandonment rate' },
              libraryId: 'cart_abandonment_rate',
              unit: 'percent',
              direction: 'lower',
              aggregation: 'last',
              target: 0.68,
              deadline: '2027-09-30',
              source: 'Shopify',
            },
          ],
        },
      ],
    },
    {
      id: 'so-loyalty',
      title: {
        fr: 'Porter le taux de réachat de 20 % à 26 % d’ici fin 2027',
        en: 'Raise the repeat purchase rate from 20% to 26% by the end of 2027',
      },
      operational: [
        {
          id: 'oo-basket',
          title: {
            fr: 'Augmenter le panier moyen de 88 € à 92 € d’ici le 31/12/2027',
            en: 'Increase the average order value from $88 to $92 by December 31, 2027',
          },
          kpis: [
            {
              id: 'average-order-value',
              name: { fr: 'Panier moyen', en: 'Average order value' },
              libraryId: 'average_order_value',
              unit: 'currency',
              direction: 'higher',
              aggregation: 'average',
              target: 92,
              source: 'Shopify',
            },
            {
              id: 'repeat-purchase-rate',
              name: { fr: 'Taux de réachat', en: 'Repeat purchase rate' },
              libraryId: 'repeat_purchase_rate',
              unit: 'percent',
              direction: 'higher',
              aggregation: 'last',
              target: 0.26,
              weight: 2,
              source: 'Shopify',
            },
          ],
        },
        {
          id: 'oo-email-revenue',
          title: {
            fr: 'Porter le revenu par e-mail de 0,10 € à 0,14 € d’ici fin 2027',
            en: 'Raise revenue per email from $0.10 to $0.14 by the end of 2027',
          },
          kpis: [
            {
              id: 'revenue-per-email',
              name: { fr: 'Revenu par e-mail', en: 'Revenue per email' },
              libraryId: 'email_revenue_per_recipient',
              unit: 'currency',
              direction: 'higher',
              aggregation: 'average',
              target: 0.14,
              owner: { fr: 'CRM', en: 'CRM' },
              source: 'Brevo',
            },
          ],
        },
      ],
    },
    {
      id: 'so-traffic',
      title: {
        fr: 'Porter les sessions de la boutique de 50 000 à 57 500 par mois d’ici fin 2027',
        en: 'Grow store sessions from 50,000 to 57,500 a month by the end of 2027',
      },
      operational: [
        {
          id: 'oo-organic',
          title: {
            fr: 'Augmenter le trafic organique de 21 000 à 27 000 sessions par mois d’ici fin 2027',
            en: 'Increase organic traffic from 21,000 to 27,000 sessions a month by the end of 2027',
          },
          kpis: [
            {
              id: 'organic-sessions',
              name: { fr: 'Trafic organique', en: 'Organic traffic' },
              libraryId: 'organic_sessions',
              unit: 'number',
              direction: 'higher',
              aggregation: 'last',
              target: 27_000,
              source: 'GA4',
            },
            {
              id: 'sessions',
              name: { fr: 'Sessions de la boutique', en: 'Store sessions' },
              libraryId: 'sessions',
              unit: 'number',
              direction: 'higher',
              aggregation: 'last',
              target: 57_500,
              source: 'GA4',
            },
          ],
        },
        {
          id: 'oo-shopping-ads',
          title: {
            fr: 'Porter le ROAS des campagnes Google Shopping de 4 à 5 d’ici fin 2027',
            en: 'Raise the ROAS of Google Shopping campaigns from 4 to 5 by the end of 2027',
          },
          kpis: [
            {
              id: 'shopping-roas',
              name: { fr: 'ROAS Google Shopping', en: 'Google Shopping ROAS' },
              libraryId: 'roas',
              unit: 'number',
              direction: 'higher',
              aggregation: 'last',
              target: 5,
              source: 'Google Ads',
            },
          ],
        },
      ],
    },
  ],
};
