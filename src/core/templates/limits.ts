// The template file's fixed values and limits, in one place: the schema, the reader and the messages
// read them.

export const TEMPLATE_KIND = 'kpi-kit-template';
export const TEMPLATE_VERSION = 1;
/** 1 MB of UTF-8: a 500-KPI plan with long texts is about 250 kB, so anything bigger is not a template. */
export const TEMPLATE_MAX_BYTES = 1_000_000;
/** Problems listed at most; the rest are counted in one last problem, so a broken file stays readable. */
export const MAX_PROBLEMS_SHOWN = 50;
