import type { Starter } from './starter';

// Opens are inflated by Apple Mail Privacy Protection since 2021: clicks and click-to-open carry the
// revenue objective, and the open rate is tracked beside bounces as a deliverability signal, not aimed at.
// Click rate = open rate × click-to-open: 25 % × 10 % = 2.5 % today, 25 % × 13 % ≈ 3.2 % at the target.
// A list growing 1 % to 1.5 % a month (net) goes from 20 000 to about 24 000 contacts in a year.
export const EMAIL_MARKETING: Starter = {
  id: 'email-marketing',
  name: { fr: 'E-mailing', en: 'Email marketing' },
  description: {
    fr: 'Newsletter et campagnes e-mail\u00a0: ouvertures, clics, réactivité, désabonnements et rebonds sous contrôle.',
    en: 'Newsletter and email campaigns: opens, clicks, click-to-open, unsubscribes and bounces under control.',
  },
  currency: { fr: 'EUR', en: 'USD' },
  period: { start: '2027-01-01', end: '2027-12-31', frequency: 'monthly' },
  strategy: {
    fr: 'Faire de la newsletter le canal de fidélisation le plus rentable de la marque',
    en: "Make the newsletter the brand's most profitable retention channel",
  },
  goal: {
    fr: 'Augmenter le chiffre d’affaires généré par l’e-mail de 40 % en 2027 avec une base saine',
    en: 'Grow email-driven revenue by 40% in 2027 with a healthy list',
  },
  objectives: [
    {
      id: 'so-email-revenue',
      title: {
        fr: 'Porter le revenu par e-mail de 0,12 € à 0,15 € d’ici fin 2027',
        en: 'Raise revenue per email from $0.12 to $0.15 by the end of 2027',
      },
      operational: [
        {
          id: 'oo-clicks',
          title: {
            fr: 'Porter le taux de clic e-mail de 2,5 % à 3,2 % d’ici le 30 juin 2027',
            en: 'Raise the email click rate from 2.5% to 3.2% by June 30, 2027',
          },
          kpis: [
            {
              id: 'click-rate',
              name: { fr: 'Taux de clic e-mail', en: 'Email click rate' },
              libraryId: 'email_click_rate',
              unit: 'percent',
              direction: 'higher',
              aggregation: 'last',
              target: 0.032,
              deadline: '2027-06-30',
              weight: 2,
              source: 'Brevo',
            },
            {
              id: 'revenue-per-email',
              name: { fr: 'Revenu par e-mail', en: 'Revenue per email' },
              libraryId: 'email_revenue_per_recipient',
              unit: 'currency',
              direction: 'higher',
              aggregation: 'average',
              target: 0.15,
              weight: 3,
              source: 'Brevo',
            },
          ],
        },
        {
          id: 'oo-click-to-open',
          title: {
            fr: 'Porter le taux de réactivité (clics / ouvertures) de 10 % à 13 % d’ici fin 2027',
            en: 'Raise the click-to-open rate from 10% to 13% by the end of 2027',
          },
          kpis: [
            {
              id: 'click-to-open-rate',
              name: { fr: 'Taux de réactivité', en: 'Click-to-open rate' },
              libraryId: 'email_click_to_open_rate',
              unit: 'percent',
              direction: 'higher',
              aggregation: 'last',
              target: 0.13,
              source: 'Brevo',
            },
            {
              id: 'email-conversion-rate',
              name: { fr: 'Taux de conversion e-mail', en: 'Email conversion rate' },
              libraryId: 'email_conversion_rate',
              unit: 'percent',
              direction: 'higher',
              aggregation: 'last',
              target: 0.012,
              source: 'GA4',
            },
          ],
        },
      ],
    },
    {
      id: 'so-list-health',
      title: {
        fr: 'Porter la délivrabilité de 95 % à 98 % d’ici fin 2027',
        en: 'Raise email deliverability from 95% to 98% by the end of 2027',
      },
      operational: [
        {
          id: 'oo-unsubscribes',
          title: {
            fr: 'Réduire le taux de désabonnement de 0,4 % à 0,25 % par envoi d’ici fin 2027',
            en: 'Reduce the unsubscribe rate from 0.4% to 0.25% per send by the end of 2027',
          },
          kpis: [
            {
              id: 'unsubscribe-rate',
              name: { fr: 'Taux de désabonnement', en: 'Unsubscribe rate' },
              libraryId: 'email_unsubscribe_rate',
              unit: 'percent',
              direction: 'lower',
              aggregation: 'last',
              target: 0.0025,
              source: 'Brevo',
            },
            {
              id: 'spam-complaint-rate',
              name: { fr: 'Taux de plaintes pour spam', en: 'Spam complaint rate' },
              libraryId: 'email_spam_complaint_rate',
              unit: 'percent',
              direction: 'lower',
              aggregation: 'last',
              target: 0.001,
              source: 'Brevo',
            },
          ],
        },
        {
          id: 'oo-bounces',
          title: {
            fr: 'Réduire le taux de rebond e-mail de 2 % à 1,2 % d’ici le 30/06/2027',
            en: 'Cut the email bounce rate from 2% to 1.2% by June 30, 2027',
          },
          kpis: [
            {
              id: 'bounce-rate',
              name: { fr: 'Taux de rebond e-mail', en: 'Email bounce rate' },
              libraryId: 'email_bounce_rate',
              unit: 'percent',
              direction: 'lower',
              aggregation: 'last',
              target: 0.012,
              deadline: '2027-06-30',
              source: 'Brevo',
            },
            {
              id: 'deliverability',
              name: { fr: 'Délivrabilité', en: 'Deliverability' },
              libraryId: 'email_deliverability',
              unit: 'percent',
              direction: 'higher',
              aggregation: 'last',
              target: 0.98,
              weight: 2,
              source: 'Brevo',
            },
            {
              id: 'open-rate',
              name: { fr: 'Taux d’ouverture', en: 'Open rate' },
              libraryId: 'email_open_rate',
              unit: 'percent',
              direction: 'higher',
              aggregation: 'last',
              target: 0.25,
              weight: 0.5,
              source: 'Brevo',
            },
          ],
        },
      ],
    },
    {
      id: 'so-list-growth',
      title: {
        fr: 'Porter la base e-mail de 20 000 à 24 000 contacts d’ici fin 2027',
        en: 'Grow the email list size from 20,000 to 24,000 contacts by the end of 2027',
      },
      operational: [
        {
          id: 'oo-signups',
          title: {
            fr: 'Porter le taux de croissance de la base e-mail de 1 % à 1,5 % par mois d’ici le 31/12/2027',
            en: 'Raise the list growth rate from 1% to 1.5% a month by December 31, 2027',
          },
          kpis: [
            {
              id: 'list-growth-rate',
              name: { fr: 'Taux de croissance de la base (mensuel)', en: 'List growth rate (monthly)' },
              libraryId: 'email_list_growth_rate',
              unit: 'percent',
              direction: 'higher',
              aggregation: 'last',
              target: 0.015,
              source: 'Brevo',
            },
            {
              id: 'email-list-size',
              name: { fr: 'Taille de la base e-mail', en: 'Email list size' },
              libraryId: 'email_list_size',
              unit: 'number',
              direction: 'higher',
              aggregation: 'last',
              target: 24_000,
              weight: 2,
              source: 'Brevo',
            },
          ],
        },
      ],
    },
  ],
};
