// The template file's fixed values and limits, in one place: the schema, the reader and the messages
// read them.

export const TEMPLATE_KIND = 'kpi-kit-template';
export const TEMPLATE_VERSION = 1;
/**
 * 1 MB of UTF-8. The largest plan the format allows (500 KPIs, every text at its length limit, pretty
 * printed) is about 820 kB of plain text, so real templates fit; only a plan whose every character takes
 * two bytes could reach the limit first (a test keeps the plain-text case under it).
 */
export const TEMPLATE_MAX_BYTES = 1_000_000;
/** Problems listed at most; the rest are counted in one last problem, so a broken file stays readable. */
export const MAX_PROBLEMS_SHOWN = 50;
