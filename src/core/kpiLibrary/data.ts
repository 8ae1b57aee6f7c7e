import { CUSTOMER_KPIS } from './data/customer';
import { ECOMMERCE_KPIS } from './data/ecommerce';
import { EMAIL_KPIS } from './data/email';
import { FINANCE_KPIS } from './data/finance';
import { PAID_KPIS } from './data/paid';
import { SALES_KPIS } from './data/sales';
import { SEO_KPIS } from './data/seo';
import { SOCIAL_KPIS } from './data/social';
import { WEB_KPIS } from './data/web';
import type { KpiDefinition } from './schema';

// The KPI library: plain literals, one file per channel, checked by test/core/kpiLibrary against the
// schema. The order (channel by channel, roughly along the funnel) is the order listKpis() shows.
const KPI_DEFINITIONS: readonly KpiDefinition[] = [
  ...SEO_KPIS,
  ...SOCIAL_KPIS,
  ...EMAIL_KPIS,
  ...PAID_KPIS,
  ...WEB_KPIS,
  ...ECOMMERCE_KPIS,
  ...SALES_KPIS,
  ...FINANCE_KPIS,
  ...CUSTOMER_KPIS,
];

/**
 * The one seam through which the library's data is read. dist/Code.js does not bundle this module: the
 * build swaps it for a stand-in that reads the same array from the project file KpiLibrary.html on
 * first use (scripts/lib/dataFiles.ts, src/server/dataFile.ts): ~75 KB less script to load on every
 * custom function call.
 */
export function kpiDefinitions(): readonly KpiDefinition[] {
  return KPI_DEFINITIONS;
}
