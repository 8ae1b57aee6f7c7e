// The one home of the enumerations shared by the KPI library, the plan, the wizard's draft and the
// workbook. Plain `as const` arrays, free of zod on purpose: the sidebar and dist/Code.js import these
// lists without loading any schema module (the library's schema builds classic zod schemas when it loads,
// which would pull classic zod into both bundles). The schemas build their z.enum(...) from these lists.

export const UNITS = ['number', 'percent', 'currency', 'duration'] as const;
export const DIRECTIONS = ['higher', 'lower', 'target'] as const;
export const AGGREGATIONS = ['last', 'sum', 'average'] as const;
export const FREQUENCIES = ['weekly', 'monthly', 'quarterly'] as const;
export const CHANNELS = [
  'seo',
  'social',
  'email',
  'paid',
  'ecommerce',
  'web',
  'sales',
  'finance',
  'customer',
] as const;
export const FUNNEL_STAGES = ['attract', 'engage', 'convert', 'retain', 'advocate'] as const;
export const CATEGORIES = ['quality', 'efficiency', 'capacity', 'strategy'] as const;
export const SOURCES = [
  'GA4',
  'Search Console',
  'Matomo',
  'Google Ads',
  'Meta',
  'LinkedIn',
  'YouTube Studio',
  'Mailchimp',
  'Brevo',
  'HubSpot',
  'Shopify',
  'CRM',
  'Accounting',
  'Survey',
  'Ahrefs',
  'Semrush',
  'Google Business Profile',
  'Trustpilot',
  'Zendesk',
] as const;
/** What a `duration` KPI is counted in (watch time in hours, a sales cycle in days...). */
export const DURATION_UNITS = ['seconds', 'minutes', 'hours', 'days'] as const;

export type Unit = (typeof UNITS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Aggregation = (typeof AGGREGATIONS)[number];
export type Frequency = (typeof FREQUENCIES)[number];
