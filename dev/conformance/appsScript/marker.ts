/** The whole text of dist-conformance/ConformanceData.html, which CONFORMANCE_RAW() reads back. */
export const DATA_MARKER = 'kpi-kit-conformance-data-file';

/** The project file that holds DATA_MARKER (without `.html`, as createTemplateFromFile takes it). */
export const DATA_FILE = 'ConformanceData';
