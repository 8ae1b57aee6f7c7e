// One in-memory spreadsheet for the playground: the Sheets emulator with the REAL dist/Code.js loaded
// against it. The page's menu, cell edits and the sidebar's google.script.run calls all land here.
import vm from 'node:vm';
import { createEmulator, type Emulator } from '../emulator';
import { columnToLetters } from '../emulator/a1';
import { writeXlsx } from '../xlsx/writeXlsx';
import { type ChartView, chartViews, sparklineValues } from './charts';
import { loadCodeJs } from './codeJs';
import { toCanonicalFormula, toLocalFormula } from './formulaLocale';
import { templateFileName } from '../../sidebar/templates/fileName';
import { samplePlan } from './samplePlan';

export interface SessionOptions {
  readonly codeJs: string;
  /** Spreadsheet and user locale (default fr_FR: most users are French-speaking). */
  readonly locale?: 'fr_FR' | 'en_US' | 'en_GB';
  /** The clock (ISO); default real time. */
  readonly today?: string;
}

/** A call the page may not make: unknown or private function, or a menu item that does not exist. */
export class RefusedCall extends Error {}

export interface MenuItem {
  readonly caption: string;
  readonly functionName: string;
}

export interface PlaygroundState {
  readonly menu: { readonly caption: string; readonly items: readonly (MenuItem | 'separator')[] } | null;
  readonly sheets: readonly string[];
  readonly activeSheet: string | null;
  /** How many sidebars were shown: the page reloads its frame when this grows. */
  readonly sidebarCount: number;
  readonly sidebarTitle: string | null;
  readonly alerts: readonly { readonly title: string; readonly prompt: string }[];
  readonly toasts: readonly string[];
}

export interface GridCell {
  readonly a1: string;
  readonly display: string;
  readonly formula: string;
  /** What the formula bar shows for a cell without a formula. */
  readonly input: string;
  readonly background: string;
  readonly fontColor: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly align: string;
  readonly note: string;
  readonly invalid: boolean;
  readonly error?: string;
  /** A SPARKLINE cell's numbers (null: a gap): the page draws the line Sheets would. */
  readonly sparkline?: readonly (number | null)[];
}

export interface Grid {
  readonly name: string;
  readonly rows: readonly (readonly GridCell[])[];
  /** Pixels, per column from A. */
  readonly widths: readonly number[];
  readonly hiddenColumns: readonly number[];
  readonly hiddenRows: readonly number[];
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** The sheet's embedded charts, with their data as the cells show it now. */
  readonly charts: readonly ChartView[];
}

const A1 = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

export class PlaygroundSession {
  readonly emulator: Emulator;
  private readonly scope: vm.Context;
  readonly entryPoints: ReadonlySet<string>;
  private readonly lang: 'fr' | 'en';
  private readonly locale: string;
  /** The emulator's clock at creation: the sample plan covers its year. */
  private readonly today: Date;
  /** The name of the plan built last, for the .xlsx download's file name. */
  private planName: string | undefined;

  constructor(options: SessionOptions) {
    const locale = options.locale ?? 'fr_FR';
    this.lang = locale.startsWith('fr') ? 'fr' : 'en';
    this.locale = locale;
    this.today = options.today ? new Date(options.today) : new Date();
    this.emulator = createEmulator({
      locale,
      userLocale: locale,
      authMode: 'FULL',
      // A person watches the playground: "Brouillon enregistré à 10:42" must move with the time.
      runningClock: true,
      customFunctions: { codeJs: options.codeJs },
      ...(options.today ? { today: options.today } : {}),
    });
    const loaded = loadCodeJs(this.emulator.globals, options.codeJs);
    this.scope = loaded.scope;
    this.entryPoints = loaded.entryPoints;
    // What Sheets does when the document opens: the add-on's onOpen builds the menu.
    this.call('onOpen', [{ authMode: 'FULL' }]);
  }

  /**
   * Calls a global function of Code.js with JSON arguments, as google.script.run does, and returns its
   * result as JSON (undefined becomes null). Arguments are rebuilt inside the script's own realm.
   */
  call(name: string, args: readonly unknown[]): unknown {
    if (!this.entryPoints.has(name)) throw new RefusedCall(`Script function not found: ${name}`);
    const scriptJson = vm.runInContext('JSON', this.scope) as JSON;
    const realmArgs = scriptJson.parse(JSON.stringify(args)) as unknown[];
    const fn = this.scope[name] as (...a: unknown[]) => unknown;
    const value = fn(...realmArgs);
    if (name === 'buildWorkbook' && (value as { ok?: unknown } | undefined)?.ok === true) {
      const planName = (args[0] as { name?: unknown } | undefined)?.name;
      if (typeof planName === 'string') this.planName = planName;
    }
    return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
  }

  menuItems(): MenuItem[] {
    const items: MenuItem[] = [];
    for (const menu of this.emulator.ui.menus)
      for (const item of menu.items)
        if (item !== 'separator' && item.functionName)
          items.push({ caption: item.caption, functionName: item.functionName });
    return items;
  }

  /** Runs a menu item: only functions that onOpen really put in the menu. */
  runMenu(functionName: string): void {
    if (!this.menuItems().some((i) => i.functionName === functionName))
      throw new RefusedCall(`"${functionName}" is not an item of the add-on menu`);
    this.call(functionName, []);
  }

  state(): PlaygroundState {
    const ui = this.emulator.ui;
    const addon = ui.menus.find((m) => m.addedToUi);
    const spreadsheet = this.emulator.SpreadsheetApp.getActiveSpreadsheet();
    const sidebars = ui.sidebars;
    return {
      menu: addon
        ? {
            caption: addon.caption || 'KPI Kit',
            items: addon.items.map((i) =>
              i === 'separator' ? i : { caption: i.caption, functionName: i.functionName ?? '' },
            ),
          }
        : null,
      sheets: spreadsheet.getSheets().map((s) => s.getName()),
      activeSheet: spreadsheet.getActiveSheet()?.getName() ?? null,
      sidebarCount: sidebars.length,
      sidebarTitle: sidebars[sidebars.length - 1]?.title ?? null,
      alerts: ui.alerts.map((a) => ({ title: a.title, prompt: a.prompt })),
      toasts: this.emulator.toasts().map((t) => (t.title ? `${t.title}: ${t.message}` : t.message)),
    };
  }

  /** The HTML of the last sidebar shown (what HtmlService produced), or null. */
  sidebarHtml(): string | null {
    const sidebars = this.emulator.ui.sidebars;
    return sidebars[sidebars.length - 1]?.content ?? null;
  }

  private sheet(name: string): GoogleAppsScript.Spreadsheet.Sheet {
    const sheet = this.emulator.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
    if (!sheet) throw new RefusedCall(`There is no sheet "${name}"`);
    return sheet;
  }

  /**
   * Types into a cell as a user would: `=...` is a formula in the spreadsheet's locale (`;` and `,` in
   * French), `'...` text kept as typed (even `'=x`), anything else an entry Sheets parses.
   */
  edit(sheetName: string, a1: string, input: string): void {
    if (!A1.test(a1)) throw new RefusedCall(`"${a1}" is not a cell reference like B4`);
    const range = this.sheet(sheetName).getRange(a1);
    if (input.startsWith('=')) range.setFormula(toCanonicalFormula(input, this.locale));
    else if (input === '') range.clearContent();
    else range.setValue(input);
  }

  /** Activates a sheet, as clicking its tab does. */
  activate(sheetName: string): void {
    this.sheet(sheetName).activate();
  }

  /** What the user sees on one sheet: displayed texts, colours after conditional formats, layout. */
  grid(sheetName: string): Grid {
    this.sheet(sheetName);
    const view = this.emulator.view(sheetName);
    const snap = this.emulator.snapshot().sheets.find((s) => s.name === sheetName);
    const rows = view.rows.map((row) =>
      row.map((c) => {
        const meta = snap?.cells[c.a1];
        return {
          a1: c.a1,
          display: c.display,
          // The formula bar shows formulas in the locale's form, and text that would read as a
          // formula with the apostrophe that keeps it text.
          formula: c.formula ? toLocalFormula(c.formula, this.locale) : '',
          input: c.formula ? toLocalFormula(c.formula, this.locale) : inputText(meta?.value, c.display),
          background: c.background,
          fontColor: c.fontColor,
          bold: c.bold,
          italic: c.italic,
          align: typeof meta?.horizontalAlignment === 'string' ? meta.horizontalAlignment : '',
          note: c.note,
          invalid: c.invalid,
          ...(c.error ? { error: c.error } : {}),
          ...(c.formula ? sparkline(this.emulator, sheetName, c.formula) : {}),
        };
      }),
    );
    const columns = Math.max(rows[0]?.length ?? 0, 1);
    const widths = Array.from(
      { length: columns },
      (_, i) => snap?.columnWidths[columnToLetters(i + 1)] ?? 100,
    );
    return {
      name: sheetName,
      rows,
      widths,
      // What the spreadsheet hides: the build's helper rows and columns, and any the user hid.
      hiddenColumns: view.hiddenColumns,
      hiddenRows: view.hiddenRows,
      frozenRows: snap?.frozenRows ?? 0,
      frozenColumns: snap?.frozenColumns ?? 0,
      charts: chartViews(this.emulator, sheetName),
    };
  }

  /** Builds the sample plan through the real buildWorkbook, then types a few months of actuals. */
  loadSample(): unknown {
    const sample = samplePlan(this.today, this.lang);
    const summary = this.call('buildWorkbook', [sample.plan]) as { ok?: boolean; sheets?: string[] };
    if (!summary.ok) return summary;
    const trackingName = summary.sheets?.[1];
    if (trackingName) {
      const tracking = this.sheet(trackingName);
      const values = tracking.getDataRange().getValues();
      const kpiRows = new Map(values.map((row, i) => [String(row[0]), i + 1]));
      // Row 2 holds each column's period key (2027-01, 2027-W01, 2027-Q1).
      const firstPeriodColumn =
        (values[1] ?? []).findIndex((v) => /^\d{4}-(\d{2}|W\d{2}|Q\d)$/.test(String(v))) + 1;
      if (firstPeriodColumn > 0)
        for (const [id, numbers] of Object.entries(sample.tracked)) {
          const row = kpiRows.get(id);
          if (row) tracking.getRange(row, firstPeriodColumn, 1, numbers.length).setValues([[...numbers]]);
        }
    }
    const scorecard = summary.sheets?.[2];
    if (scorecard) this.sheet(scorecard).activate();
    return summary;
  }

  /** The download's name: the plan's, in plain letters, digits and dashes ("croissance-e-commerce-2027.xlsx"). */
  exportFileName(): string {
    return `${templateFileName(this.planName ?? 'kpi-kit-playground').replace(/\.json$/, '')}.xlsx`;
  }

  /** The whole workbook as an .xlsx file, with what Excel cannot hold. */
  async exportXlsx(): Promise<{ buffer: Buffer; warnings: string[] }> {
    return writeXlsx(this.emulator.snapshot());
  }
}

function sparkline(em: Emulator, sheetName: string, formula: string): { sparkline?: (number | null)[] } {
  const values = sparklineValues(em, sheetName, formula);
  return values ? { sparkline: values } : {};
}

/** The entry as the formula bar shows it: the stored value, dates as displayed. */
function inputText(value: unknown, display: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return display;
  if (typeof value === 'string') return /^[=+']/.test(value) ? `'${value}` : value;
  return display;
}
