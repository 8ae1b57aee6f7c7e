import type { Starter } from './starter';

// 8 M organic impressions at a 3.2 % CTR are about 256 000 clicks: the 250 000 sessions aimed at.
export const CONTENT_SEO: Starter = {
  id: 'content-seo',
  name: { fr: 'Contenu et SEO', en: 'Content and SEO' },
  description: {
    fr: 'Blog et référencement naturel\u00a0: plus de trafic organique, plus d’autorité et des lecteurs qui deviennent des contacts.',
    en: 'Blog and organic search: more organic traffic, more authority and readers who become contacts.',
  },
  currency: { fr: 'EUR', en: 'USD' },
  period: { start: '2027-01-01', end: '2027-12-31', frequency: 'monthly' },
  strategy: {
    fr: 'Faire du blog la première source de contacts qualifiés de la marque',
    en: "Make the blog the brand's first source of qualified contacts",
  },
  goal: {
    fr: 'Doubler le trafic organique en deux ans et en faire un canal de prospects rentable',
    en: 'Double organic traffic in two years and turn it into a profitable lead channel',
  },
  objectives: [
    {
      id: 'so-organic-traffic',
      title: {
        fr: 'Porter le trafic organique de 15 000 à 21 000 sessions par mois d’ici fin 2027',
        en: 'Grow organic traffic from 15,000 to 21,000 sessions a month by the end of 2027',
      },
      operational: [
        {
          id: 'oo-rankings',
          title: {
            fr: 'Porter le nombre de mots-clés dans le top 10 de 150 à 250 d’ici le 31/12/2027',
            en: 'Increase top 10 keywords from 150 to 250 by December 31, 2027',
          },
          kpis: [
            {
              id: 'top10-keywords',
              name: { fr: 'Mots-clés dans le top 10', en: 'Top 10 keywords' },
              libraryId: 'top10_keywords',
              unit: 'number',
              direction: 'higher',
              aggregation: 'last',
              target: 250,
              source: 'Semrush',
            },
            {
              id: 'organic-sessions',
              name: { fr: 'Trafic organique (sessions)', en: 'Organic traffic (sessions)' },
              libraryId: 'organic_sessions',
              unit: 'number',
              direction: 'higher',
              aggregation: 'last',
              target: 21_000,
              weight: 3,
              source: 'GA4',
            },
          ],
        },
        {
          id: 'oo-snippets',
          title: {
            fr: 'Augmenter le CTR organique de 2,5 % à 3,2 % d’ici le 30 juin 2027',
            en: 'Raise the organic CTR from 2.5% to 3.2% by June 30, 2027',
          },
          kpis: [
            {
              id: 'organic-ctr',
              name: { fr: 'CTR organique', en: 'Organic CTR' },
              libraryId: 'organic_ctr',
              unit: 'percent',
              direction: 'higher',
              aggregation: 'last',
              target: 0.032,
              deadline: '2027-06-30',
              source: 'Search Console',
            },
            {
              id: 'organic-impressions',
              name: { fr: 'Impressions organiques', en: 'Organic impressions' },
              libraryId: 'organic_impressions',
              unit: 'number',
              direction: 'higher',
              aggregation: 'last',
              target: 700_000,
              source: 'Search Console',
            },
          ],
        },
      ],
    },
    {
      id: 'so-authority',
      title: {
        fr: 'Porter le nombre de domaines référents de 300 à 450 d’ici fin 2027',
        en: 'Grow referring domains from 300 to 450 by the end of 2027',
      },
      operational: [
        {
          id: 'oo-backlinks',
          title: {
            fr: 'Augmenter les backlinks de 2 000 à 2 800 d’ici le 31/12/2027',
            en: 'Increase backlinks from 2,000 to 2,800 by December 31, 2027',
          },
          kpis: [
            {
              id: 'backlinks',
              name: { fr: 'Backlinks', en: 'Backlinks' },
              libraryId: 'backlinks',
              unit: 'number',
              direction: 'higher',
              aggregation: 'last',
              target: 2800,
              source: 'Ahrefs',
            },
            {
              id: 'referring-domains',
              name: { fr: 'Domaines référents', en: 'Referring domains' },
              libraryId: 'referring_domains',
              unit: 'number',
              direction: 'higher',
              aggregation: 'last',
              target: 450,
              weight: 2,
              source: 'Ahrefs',
            },
          ],
        },
      ],
    },
    {
      id: 'so-content-leads',
      title: {
        fr: 'Porter les leads issus du blog de 600 à 900 d’ici fin 2027',
        en: 'Grow leads from the blog from 600 to 900 by the end of 2027',
      },
      operational: [
        {
          id: 'oo-engagement',
          title: {
            fr: 'Porter le taux d’engagement GA4 du blog de 55 % à 62 % d’ici le 30/09/2027',
            en: 'Raise the GA4 engagement rate of the blog from 55% to 62% by September 30, 2027',
          },
          kpis: [
            {
              id: 'engagement-rate',
              name: { fr: 'Taux d’engagement (GA4)', en: 'Engagement rate (GA4)' },
              libraryId: 'engagement_rate',
              unit: 'percent',
              direction: 'higher',
              aggregation: 'last',
              target: 0.62,
              deadline: '2027-09-30',
              source: 'GA4',
            },
            {
              id: 'blog-leads',
              name: { fr: 'Leads issus du blog', en: 'Leads from the blog' },
              libraryId: 'leads',
              unit: 'number',
              direction: 'higher',
              aggregation: 'sum',
              target: 900,
              weight: 3,
              source: 'HubSpot',
            },
          ],
        },
        {
          id: 'oo-newsletter',
          title: {
            fr: 'Porter la taille de la base e-mail de 8 000 à 12 000 contacts d’ici fin 2027',
            en: 'Grow the email list size from 8,000 to 12,000 contacts by the end of 2027',
          },
          kpis: [
            {
              id: 'email-list-size',
              name: { fr: 'Taille de la base e-mail', en: 'Email list size' },
              libraryId: 'email_list_size',
              unit: 'number',
              direction: 'higher',
              aggregation: 'last',
              target: 12_000,
              source: 'Brevo',
            },
          ],
        },
      ],
    },
  ],
};
