import { getKpi } from '../../../src/core/kpiLibrary';
import type { KpiDefinition } from '../../../src/core/kpiLibrary/schema';

type Fact = Partial<Pick<KpiDefinition, 'unit' | 'direction' | 'aggregation' | 'channel'>>;

// The KPIs the library must hold for every channel it covers (SEO, social, e-mail, paid, e-commerce,
// web analytics, sales, finance, customer), with the facts practitioners agree on. Only these facts are asserted.
// Audience volumes (sessions, clicks, impressions, page views) are levels per period: their targets are
// stated "12 000 sessions par mois", so the target compares with the last period, not a running total.
const REQUIRED: Record<string, Fact> = {
  // SEO
  organic_sessions: { unit: 'number', direction: 'higher', aggregation: 'last', channel: 'seo' },
  organic_clicks: { unit: 'number', direction: 'higher', aggregation: 'last' },
  organic_impressions: { unit: 'number', direction: 'higher', aggregation: 'last' },
  average_position: { unit: 'number', direction: 'lower', aggregation: 'average' },
  organic_ctr: { unit: 'percent', direction: 'higher', channel: 'seo' },
  referring_domains: { unit: 'number', direction: 'higher' },
  backlinks: { unit: 'number', direction: 'higher' },
  indexed_pages: { unit: 'number', direction: 'higher' },
  // Social
  followers: { unit: 'number', direction: 'higher', aggregation: 'last', channel: 'social' },
  follower_growth_rate: { unit: 'percent', direction: 'higher' },
  social_reach: { unit: 'number', direction: 'higher' },
  social_impressions: { unit: 'number', direction: 'higher', aggregation: 'sum' },
  engagement_rate_by_reach: { unit: 'percent', direction: 'higher', channel: 'social' },
  engagement_rate_by_followers: { unit: 'percent', direction: 'higher', channel: 'social' },
  shares: { unit: 'number', direction: 'higher', aggregation: 'sum' },
  video_views: { unit: 'number', direction: 'higher', aggregation: 'sum' },
  view_through_rate: { unit: 'percent', direction: 'higher' },
  average_view_duration: { unit: 'duration', direction: 'higher', aggregation: 'average' },
  youtube_subscribers: { unit: 'number', direction: 'higher', aggregation: 'last' },
  // E-mail
  email_open_rate: { unit: 'percent', direction: 'higher', channel: 'email' },
  email_click_rate: { unit: 'percent', direction: 'higher', channel: 'email' },
  email_click_to_open_rate: { unit: 'percent', direction: 'higher', channel: 'email' },
  email_unsubscribe_rate: { unit: 'percent', direction: 'lower' },
  email_bounce_rate: { unit: 'percent', direction: 'lower', channel: 'email' },
  email_list_growth_rate: { unit: 'percent', direction: 'higher' },
  email_spam_complaint_rate: { unit: 'percent', direction: 'lower' },
  email_deliverability: { unit: 'percent', direction: 'higher' },
  // Paid
  cpc: { unit: 'currency', direction: 'lower', aggregation: 'average' },
  cpm: { unit: 'currency', direction: 'lower' },
  paid_ctr: { unit: 'percent', direction: 'higher', channel: 'paid' },
  cpa: { unit: 'currency', direction: 'lower', aggregation: 'average' },
  cpl: { unit: 'currency', direction: 'lower' },
  roas: { unit: 'number', direction: 'higher' },
  ads_conversion_rate: { unit: 'percent', direction: 'higher', channel: 'paid' },
  quality_score: { unit: 'number', direction: 'higher' },
  impression_share: { unit: 'percent', direction: 'higher' },
  ad_frequency: { direction: 'target' },
  // E-commerce
  conversion_rate: { unit: 'percent', direction: 'higher', channel: 'ecommerce' },
  cart_abandonment_rate: { unit: 'percent', direction: 'lower' },
  average_order_value: { unit: 'currency', direction: 'higher', aggregation: 'average' },
  revenue: { unit: 'currency', direction: 'higher', aggregation: 'sum' },
  orders: { unit: 'number', direction: 'higher', aggregation: 'sum' },
  repeat_purchase_rate: { unit: 'percent', direction: 'higher' },
  return_rate: { unit: 'percent', direction: 'lower' },
  product_page_views: { unit: 'number', direction: 'higher', aggregation: 'last' },
  // Web analytics
  sessions: { unit: 'number', direction: 'higher', aggregation: 'last' },
  users: { unit: 'number', direction: 'higher' },
  new_users: { unit: 'number', direction: 'higher', aggregation: 'sum' },
  engaged_sessions: { unit: 'number', direction: 'higher', aggregation: 'last' },
  engagement_rate: { unit: 'percent', direction: 'higher', channel: 'web' },
  bounce_rate: { unit: 'percent', direction: 'lower', channel: 'web' },
  average_engagement_time: { unit: 'duration', direction: 'higher', aggregation: 'average' },
  pages_per_session: { unit: 'number', direction: 'higher' },
  key_events: { unit: 'number', direction: 'higher', aggregation: 'sum' },
  // Sales / CRM
  leads: { unit: 'number', direction: 'higher', aggregation: 'sum' },
  mql: { unit: 'number', direction: 'higher', aggregation: 'sum' },
  sql: { unit: 'number', direction: 'higher', aggregation: 'sum' },
  lead_to_customer_rate: { unit: 'percent', direction: 'higher' },
  pipeline_value: { unit: 'currency', direction: 'higher' },
  win_rate: { unit: 'percent', direction: 'higher' },
  sales_cycle_length: { unit: 'duration', direction: 'lower' },
  meetings_booked: { unit: 'number', direction: 'higher', aggregation: 'sum' },
  // Finance
  cac: { unit: 'currency', direction: 'lower' },
  ltv: { unit: 'currency', direction: 'higher' },
  ltv_cac_ratio: { unit: 'number', direction: 'higher' },
  roi: { unit: 'percent', direction: 'higher' },
  marketing_roi: { unit: 'percent', direction: 'higher' },
  gross_margin: { unit: 'percent', direction: 'higher' },
  revenue_growth: { unit: 'percent', direction: 'higher' },
  // Customer
  churn_rate: { unit: 'percent', direction: 'lower' },
  retention_rate: { unit: 'percent', direction: 'higher' },
  nps: { unit: 'number', direction: 'higher' },
  csat: { unit: 'percent', direction: 'higher' },
  ces: { unit: 'number' },
  average_rating: { unit: 'number', direction: 'higher' },
  review_count: { unit: 'number', direction: 'higher' },
  first_response_time: { unit: 'duration', direction: 'lower' },
};

describe('the KPIs the library must have', () => {
  it.each(Object.entries(REQUIRED))('%s exists with the expected facts', (id, facts) => {
    const kpi = getKpi(id);
    expect(kpi).toBeDefined();
    expect(kpi).toMatchObject(facts);
  });

  it('names the two social engagement rates distinctly in both languages', () => {
    const byReach = getKpi('engagement_rate_by_reach');
    const byFollowers = getKpi('engagement_rate_by_followers');
    expect(byReach?.name.en).not.toBe(byFollowers?.name.en);
    expect(byReach?.name.fr).not.toBe(byFollowers?.name.fr);
    expect(byReach?.formula.en).toMatch(/\/ reach$/);
    expect(byFollowers?.formula.en).toMatch(/\/ followers$/);
  });
});

describe('formulas as practitioners define them', () => {
  const formula = (id: string, lang: 'fr' | 'en'): string => getKpi(id)?.formula[lang] ?? '';

  it('GA4 engagement rate = engaged sessions / sessions', () => {
    expect(formula('engagement_rate', 'en')).toBe('engaged sessions / sessions');
    expect(formula('engagement_rate', 'fr')).toBe('sessions avec engagement / sessions');
  });

  it('GA4 bounce rate = 1 − engagement rate', () => {
    expect(formula('bounce_rate', 'en')).toMatch(/^1 − engagement rate\b/);
    expect(formula('bounce_rate', 'fr')).toMatch(/^1 − taux d’engagement\b/);
  });

  it('click-to-open rate = unique clicks / unique opens', () => {
    expect(formula('email_click_to_open_rate', 'en')).toBe('unique clicks / unique opens');
    expect(formula('email_click_to_open_rate', 'fr')).toBe('clics uniques / ouvertures uniques');
  });

  it('ROAS = revenue from ads / ad spend, a ratio', () => {
    expect(formula('roas', 'en')).toBe('revenue from ads / ad spend');
  });

  it('ROI = (gain − cost) / cost', () => {
    expect(formula('roi', 'en')).toBe('(gain − cost) / cost');
    expect(formula('roi', 'fr')).toBe('(gain − coût) / coût');
  });

  it('NPS = % promoters − % detractors, in points', () => {
    expect(formula('nps', 'en')).toMatch(/^% promoters .* − % detractors .*points$/);
    expect(getKpi('nps')?.definition.en).toContain('−100 to 100');
  });

  it('CAC = sales and marketing costs / new customers', () => {
    expect(formula('cac', 'en')).toBe('(sales costs + marketing costs) / new customers');
  });

  it('LTV = average order value × purchase frequency × lifespan, saying which basis', () => {
    expect(formula('ltv', 'en')).toMatch(
      /^average order value × purchase frequency × customer lifespan \(revenue-based/,
    );
    expect(formula('ltv', 'en')).toContain('margin-based');
    expect(formula('ltv_cac_ratio', 'en')).toContain('margin-based');
  });

  it('CTR = clicks / impressions, organic and paid', () => {
    expect(formula('organic_ctr', 'en')).toBe('organic clicks / organic impressions');
    expect(formula('paid_ctr', 'en')).toBe('clicks / impressions');
  });
});
