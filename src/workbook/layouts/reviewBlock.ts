import type { Lang } from '../../core/i18n';
import { countBySeverity, type Finding, reviewPlan, type Severity } from '../../core/review';
import type { KpiPlan } from '../../core/plan/schema';
import { label } from '../cells';
import { MUTED_COLOR } from '../labels';
import type { CellSpec } from '../spec';

// The plan review as the Objectives sheet shows it to whoever reads the workbook: a title with the
// counts, then the most serious findings, in the header rows beside the plan's own fields. Always the
// same cells (blank ones included), whatever the plan: the build's service calls stay the same for any
// plan size, and a rebuild knows these cells are KPI Kit's rendering, never the user's text
// (../read/ownCells.ts reads every header-block position the layout writes as its own).

/** Column of the block (H, beside the branding fields) and its rows: the header block's 7. */
export const REVIEW_COLUMN = 8;
export const REVIEW_ROWS = 7;

const SEVERITY_WORDS: Readonly<Record<Severity, Readonly<Record<Lang, string>>>> = {
  error: { fr: 'Erreur', en: 'Error' },
  warning: { fr: 'Attention', en: 'Warning' },
  tip: { fr: 'Conseil', en: 'Tip' },
};

/** « 0 erreur, 1 erreur, 2 erreurs » in French; "0 errors, 1 error, 2 errors" in English. */
function plural(n: number, one: string, many: string, lang: Lang): string {
  const singular = lang === 'fr' ? n <= 1 : n === 1;
  return `${n}\u00a0${singular ? one : many}`;
}

/** « Revue du plan : 1 erreur · 2 avertissements · 0 conseil » */
export function reviewTitle(findings: readonly Finding[], lang: Lang): string {
  const n = countBySeverity(findings);
  return lang === 'fr'
    ? `Revue du plan\u00a0: ${plural(n.error, 'erreur', 'erreurs', lang)} · ${plural(n.warning, 'avertissement', 'avertissements', lang)} · ${plural(n.tip, 'conseil', 'conseils', lang)}`
    : `Plan review: ${plural(n.error, 'error', 'errors', lang)} · ${plural(n.warning, 'warning', 'warnings', lang)} · ${plural(n.tip, 'tip', 'tips', lang)}`;
}

/** The block's lines under its title: the findings, most serious first, and how many more there are. */
export function reviewLines(findings: readonly Finding[], lang: Lang): string[] {
  const room = REVIEW_ROWS - 1;
  if (findings.length === 0) return [lang === 'fr' ? 'Rien à signaler.' : 'Nothing to report.'];
  const shown = findings.length <= room ? findings : findings.slice(0, room - 1);
  const lines = shown.map((f) => `${SEVERITY_WORDS[f.severity][lang]} — ${f.message} ${f.fix}`);
  const more = findings.length - shown.length;
  if (more > 0)
    lines.push(
      lang === 'fr'
        ? `… et ${plural(more, 'autre point', 'autres points', lang)}\u00a0: Extensions > KPI Kit > Ouvrir l’assistant KPI, étape Revue.`
        : `… and ${more} more: Extensions > KPI Kit > Open KPI wizard, Review step.`,
    );
  return lines;
}

/** The block's cells, top to bottom: the title, then one line per row of the header block. */
export function reviewBlockCells(plan: KpiPlan, lang: Lang): CellSpec[] {
  const findings = reviewPlan(plan, lang);
  const lines = reviewLines(findings, lang);
  return [
    label(reviewTitle(findings, lang), { bold: true }),
    ...Array.from({ length: REVIEW_ROWS - 1 }, (_, i) => label(lines[i] ?? '', { fontColor: MUTED_COLOR })),
  ];
}
