import { B2B_LEAD_GENERATION } from './b2bLeadGeneration';
import { CONTENT_SEO } from './contentSeo';
import { CUSTOMER_RETENTION } from './customerRetention';
import { ECOMMERCE_GROWTH } from './ecommerceGrowth';
import { EMAIL_MARKETING } from './emailMarketing';
import { LOCAL_BUSINESS } from './localBusiness';
import { PAID_ACQUISITION } from './paidAcquisition';
import { SOCIAL_COMMUNITY } from './socialCommunity';
import type { Starter } from './starter';

/** Every starter, in the order the wizard's Start step lists them. */
const STARTER_DEFINITIONS: readonly Starter[] = [
  ECOMMERCE_GROWTH,
  B2B_LEAD_GENERATION,
  LOCAL_BUSINESS,
  CONTENT_SEO,
  SOCIAL_COMMUNITY,
  EMAIL_MARKETING,
  PAID_ACQUISITION,
  CUSTOMER_RETENTION,
];

/**
 * The one seam through which the starters' data is read. dist/Code.js does not bundle this module: the
 * build (scripts/lib/dataFiles.ts) swaps it for a stand-in that reads the same array from the project
 * file Starters.html on first use (~33 KB less script to load on every custom function call).
 */
export function starterDefinitions(): readonly Starter[] {
  return STARTER_DEFINITIONS;
}
