// `npm run export -- plan.json out.xlsx`: the plan is built through the same path as in Sheets (the
// real dist/Code.js buildWorkbook, on the emulator), then the emulator's workbook is written as .xlsx.
import { readFileSync, writeFileSync } from 'node:fs';
import { TEMPLATE_KIND } from '../../src/core/templates/limits';
import { importTemplate } from '../../src/core/templates/templateFile';
import { PlaygroundSession } from '../playground/session';

/** What the input file turned out to be, said back to the user. */
export type ExportSource =
  | { readonly kind: 'plan'; readonly name: string }
  | { readonly kind: 'template'; readonly name: string; readonly planName: string };

export type ExportOutcome =
  | {
      readonly ok: true;
      readonly source: ExportSource;
      readonly sheets: readonly string[];
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly exitCode: number; readonly message: string };

/** "a KPI plan « Boutique 2027 »", "a template file « E-mailing » (plan « … »)". */
export function describeSource(source: ExportSource): string {
  return source.kind === 'plan'
    ? `a KPI plan "${source.name}"`
    : `a KPI Kit template file "${source.name}" (its plan: "${source.planName}")`;
}

/** Exit codes: 0 written, 1 usage, 2 unreadable plan file, 3 invalid plan, 4 could not write the file. */
export const EXIT = { usage: 1, unreadable: 2, invalidPlan: 3, unwritable: 4 } as const;

function readPlan(
  planPath: string,
): { ok: true; plan: unknown; text: string } | { ok: false; message: string } {
  let text: string;
  try {
    text = readFileSync(planPath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      message:
        code === 'ENOENT'
          ? `${planPath}: no such file. Give the path of a KPI plan in JSON (see ../shared/template-format.md).`
          : `${planPath}: cannot be read (${code ?? String(error)}).`,
    };
  }
  try {
    return { ok: true, plan: JSON.parse(text) as unknown, text };
  } catch (error) {
    return {
      ok: false,
      message: `${planPath} is not valid JSON: ${(error as Error).message}. Fix the file (a JSON validator shows where).`,
    };
  }
}

export async function exportPlan(planPath: string, outPath: string, codeJs: string): Promise<ExportOutcome> {
  const read = readPlan(planPath);
  if (!read.ok) return { ok: false, exitCode: EXIT.unreadable, message: read.message };
  // A template file ("Save as template" in the wizard) carries its plan in an envelope: read it as the
  // wizard's import does, and say which of the two the file was.
  let plan = read.plan;
  let source: ExportSource;
  if ((read.plan as { kind?: unknown } | null)?.kind === TEMPLATE_KIND) {
    const imported = importTemplate(read.text);
    if (!imported.ok) {
      const problems = imported.problems.map((p) => `  ${p.path || '(file)'}: ${p.message.en}`);
      return {
        ok: false,
        exitCode: EXIT.invalidPlan,
        message: `${planPath} is a KPI Kit template file (kind "${TEMPLATE_KIND}") that cannot be read (${problems.length} problem(s)):\n${problems.join('\n')}`,
      };
    }
    plan = imported.template.plan;
    source = { kind: 'template', name: imported.template.name, planName: imported.template.plan.name };
  } else {
    const name = (read.plan as { name?: unknown } | null)?.name;
    source = { kind: 'plan', name: typeof name === 'string' ? name : '' };
  }
  const language = (plan as { language?: unknown } | null)?.language;
  const session = new PlaygroundSession({ codeJs, locale: language === 'en' ? 'en_US' : 'fr_FR' });
  const summary = session.call('buildWorkbook', [plan]) as {
    ok: boolean;
    sheets?: string[];
    warnings?: string[];
    problems?: { path: string; message: string }[];
  };
  if (!summary.ok) {
    const problems = (summary.problems ?? []).map((p) => `  ${p.path || '(plan)'}: ${p.message}`);
    return {
      ok: false,
      exitCode: EXIT.invalidPlan,
      message:
        source.kind === 'template'
          ? `${planPath} is a KPI Kit template file whose plan is not valid (${problems.length} problem(s)):\n${problems.join('\n')}`
          : `${planPath} is not a valid KPI plan (${problems.length} problem(s)); a template file would have "kind": "${TEMPLATE_KIND}":\n${problems.join('\n')}`,
    };
  }
  // The emulator's new spreadsheet starts with an empty "Sheet1" that is no part of the plan.
  const spreadsheet = session.emulator.SpreadsheetApp.getActiveSpreadsheet();
  const blank = spreadsheet.getSheetByName('Sheet1');
  if (blank && blank.getLastRow() === 0 && !(summary.sheets ?? []).includes('Sheet1'))
    spreadsheet.deleteSheet(blank);
  const { buffer, warnings } = await session.exportXlsx();
  try {
    writeFileSync(outPath, buffer);
  } catch (error) {
    return {
      ok: false,
      exitCode: EXIT.unwritable,
      message: `${outPath}: cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    };
  }
  return {
    ok: true,
    source,
    sheets: summary.sheets ?? [],
    warnings: [...(summary.warnings ?? []), ...warnings],
  };
}
