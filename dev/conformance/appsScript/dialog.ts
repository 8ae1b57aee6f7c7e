import type { ConformanceReport } from '../resultsSheet';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The page that shows the report as JSON to copy into dev/conformance/results/<date>-<locale>.json. */
export function reportPage(report: ConformanceReport): string {
  const counts = { ok: 0, fail: 0, pending: 0 };
  for (const r of report.results) counts[r.ok === null ? 'pending' : r.ok ? 'ok' : 'fail'] += 1;
  const day = report.ranAt.slice(0, 10);
  return [
    '<!doctype html><meta charset="utf-8">',
    '<style>body{font:13px Arial,sans-serif;margin:8px}textarea{width:100%;height:360px;font:12px monospace}</style>',
    `<p><b>${counts.ok} ok, ${counts.fail} failed, ${counts.pending} pending.</b> `,
    `Copy this into <code>dev/conformance/results/${escapeHtml(day)}-${escapeHtml(report.locale)}.json</code> `,
    '(docs/VERIFY-IN-SHEETS.md). Pending checks need "Read results" once the cells are computed.</p>',
    `<textarea readonly onfocus="this.select()">${escapeHtml(JSON.stringify(report, null, 2))}</textarea>`,
  ].join('');
}

export function showReport(report: ConformanceReport): void {
  const output = HtmlService.createHtmlOutput(reportPage(report)).setWidth(760).setHeight(480);
  SpreadsheetApp.getUi().showModalDialog(output, 'KPI Kit conformance');
}
