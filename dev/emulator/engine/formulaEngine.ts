/**
 * The emulator's storage and calculator: one HyperFormula sheet per spreadsheet sheet. Every
 * HyperFormula call that may evaluate runs with this engine's context active, so the global plugins
 * (custom functions, TODAY) see this emulator's functions and clock.
 */
import {
  DetailedCellError,
  ErrorType,
  HyperFormula,
  type CellValue,
  type RawCellContent,
} from 'hyperformula';
import { SpillTracker, withActiveContext, type EngineContext, type EvaluationContext } from './activeEngine';
import { registerCustomFunctionName } from './customFunctionPlugin';
import { registerSheetsFunctions } from './sheetsFunctionsPlugin';

export interface EngineOptions {
  locale: string;
  context: EvaluationContext;
  customFunctionNames: readonly string[];
}

/** Date strings a user may type, by spreadsheet locale (Sheets parses them on entry). */
function dateFormatsFor(locale: string): string[] {
  const dayFirst = !/^en_(US|PH)|^en$/.test(locale);
  return dayFirst
    ? ['DD/MM/YYYY', 'DD/MM/YY', 'YYYY-MM-DD', 'YYYY/MM/DD']
    : ['MM/DD/YYYY', 'MM/DD/YY', 'YYYY-MM-DD', 'YYYY/MM/DD'];
}

export class FormulaEngine {
  private hf: HyperFormula;
  private readonly context: EngineContext;
  private readonly spill = new SpillTracker();
  private readonly locale: string;

  constructor(options: EngineOptions) {
    registerSheetsFunctions();
    for (const name of options.customFunctionNames) registerCustomFunctionName(name);
    this.context = { ...options.context, spill: this.spill };
    this.locale = options.locale;
    this.hf = this.build(options.locale);
  }

  private build(locale: string): HyperFormula {
    const hf = this.run(() =>
      HyperFormula.buildEmpty({
        licenseKey: 'gpl-v3',
        // Sheets holds up to 10 million cells; HyperFormula's default of 40,000 rows is far below what a
        // data import writes (200,000 exported rows in one sheet).
        maxRows: 1_000_000,
        // Apps Script formulas are always canonical: English names, ',' between arguments, '.' decimals.
        functionArgSeparator: ',',
        decimalSeparator: '.',
        thousandSeparator: '',
        arrayColumnSeparator: ',',
        arrayRowSeparator: ';',
        dateFormats: dateFormatsFor(locale),
        timeFormats: ['hh:mm', 'hh:mm:ss.sss'],
        nullDate: { year: 1899, month: 12, day: 30 },
        leapYear1900: false,
        currencySymbol: ['$', '€', '£'],
        localeLang: locale.replace('_', '-'),
        useWildcards: true,
        useRegularExpressions: false,
        matchWholeCell: true,
        caseSensitive: false,
        evaluateNullToZero: false,
        // Sheets returns IEEE doubles as computed; HyperFormula would round outputs to ~10 digits.
        smartRounding: false,
      }),
    );
    // Sheets reads TRUE and FALSE as literals; HyperFormula only knows TRUE() and FALSE().
    this.run(() => {
      hf.addNamedExpression('TRUE', '=TRUE()');
      hf.addNamedExpression('FALSE', '=FALSE()');
    });
    return hf;
  }

  /** True while a custom function is called only to learn the size of its result. */
  get predicting(): boolean {
    return this.spill.predicting > 0;
  }

  run<T>(fn: () => T): T {
    const result = withActiveContext(this.context, fn);
    if (this.spill.resize.size > 0) this.settle();
    return result;
  }

  /** A change of contents: afterwards, blocked custom-function spills get another chance. */
  private mutate<T>(fn: () => T): T {
    const result = this.run(fn);
    this.retryBlockedSpills();
    return result;
  }

  /**
   * A custom-function result blocked by data (#REF! in Sheets) is not recomputed by HyperFormula when
   * its inputs change; Sheets retries after each change, so the emulator writes such formulas again.
   */
  private retryBlockedSpills(): void {
    const blocked: Array<{ sheet: number; row: number; col: number }> = [];
    for (const key of this.spill.predicted.keys()) {
      const [sheet, row, col] = key.split(':').map(Number) as [number, number, number];
      const value = withActiveContext(this.context, () =>
        this.hf.doesSheetExist(this.hf.getSheetName(sheet) ?? '')
          ? this.hf.getCellValue({ sheet, row, col })
          : null,
      );
      if (value instanceof DetailedCellError && value.type === ErrorType.SPILL)
        blocked.push({ sheet, row, col });
    }
    if (blocked.length === 0) return;
    withActiveContext(this.context, () => {
      for (const address of blocked) {
        const formula = this.hf.getCellFormula(address);
        if (formula !== undefined) this.hf.setCellContents(address, formula);
      }
    });
    if (this.spill.resize.size > 0) this.settle();
  }

  /**
   * Writes again the custom-function formulas whose result changed size, so their spill is sized
   * anew (as Sheets does after each call). A few rounds at most: a result that keeps changing size
   * stays as it is.
   */
  private settle(): void {
    for (let round = 0; round < 3 && this.spill.resize.size > 0; round++) {
      const keys = [...this.spill.resize];
      this.spill.resize.clear();
      withActiveContext(this.context, () => {
        for (const key of keys) {
          const [sheet, row, col] = key.split(':').map(Number) as [number, number, number];
          const formula = this.hf.getCellFormula({ sheet, row, col });
          if (formula !== undefined) this.hf.setCellContents({ sheet, row, col }, formula);
        }
      });
    }
    this.spill.resize.clear();
  }

  addSheet(name: string): number {
    return this.run(() => {
      const added = this.hf.addSheet(name);
      const id = this.hf.getSheetId(added);
      if (id === undefined) throw new Error(`HyperFormula did not add sheet ${name}`);
      return id;
    });
  }

  removeSheet(id: number): void {
    this.mutate(() => this.hf.removeSheet(id));
  }

  renameSheet(id: number, name: string): void {
    this.run(() => this.hf.renameSheet(id, name));
  }

  /** Writes a block of raw contents (numbers, booleans, strings, "=formulas", null for empty). */
  setContents(sheet: number, row: number, col: number, contents: RawCellContent[][]): void {
    this.mutate(() => this.hf.setCellContents({ sheet, row, col }, contents));
  }

  value(sheet: number, row: number, col: number): CellValue {
    return this.run(() => this.hf.getCellValue({ sheet, row, col }));
  }

  /** The HyperFormula detailed type (NUMBER_DATE, NUMBER_PERCENT...) of a computed value. */
  valueType(sheet: number, row: number, col: number): string {
    return this.run(() => String(this.hf.getCellValueDetailedType({ sheet, row, col })));
  }

  /** The format HyperFormula detected on entry (the currency symbol for NUMBER_CURRENCY). */
  valueFormat(sheet: number, row: number, col: number): string | undefined {
    return this.run(() => this.hf.getCellValueFormat({ sheet, row, col }));
  }

  /** The formula written in a cell, or undefined (a spilled cell has none). */
  formula(sheet: number, row: number, col: number): string | undefined {
    return this.run(() => this.hf.getCellFormula({ sheet, row, col }));
  }

  /** The raw content as written (for snapshots): formula text, number, string, boolean or null. */
  serialized(sheet: number, row: number, col: number): RawCellContent {
    return this.run(() => this.hf.getCellSerialized({ sheet, row, col }));
  }

  /** Extent of the sheet's content (0 when empty). */
  dimensions(sheet: number): { width: number; height: number } {
    return this.run(() => this.hf.getSheetDimensions(sheet));
  }

  insertRows(sheet: number, at: number, count: number): void {
    this.mutate(() => this.hf.addRows(sheet, [at, count]));
  }

  deleteRows(sheet: number, at: number, count: number): void {
    this.mutate(() => this.hf.removeRows(sheet, [at, count]));
  }

  insertColumns(sheet: number, at: number, count: number): void {
    this.mutate(() => this.hf.addColumns(sheet, [at, count]));
  }

  deleteColumns(sheet: number, at: number, count: number): void {
    this.mutate(() => this.hf.removeColumns(sheet, [at, count]));
  }

  /** Computes a formula as if written in `sheet` (for conditional-format rules); cell refs are absolute. */
  calculate(formula: string, sheet: number): CellValue | CellValue[][] {
    return this.run(() => this.hf.calculateFormula(formula, sheet));
  }

  addNamedExpression(name: string, expression: string): void {
    this.run(() => this.hf.addNamedExpression(name, expression));
  }

  changeNamedExpression(name: string, expression: string): void {
    this.run(() => this.hf.changeNamedExpression(name, expression));
  }

  removeNamedExpression(name: string): void {
    this.run(() => this.hf.removeNamedExpression(name));
  }

  /**
   * Registers more custom function names. HyperFormula only sees functions registered before an
   * engine is built, so the engine is rebuilt from the current contents; returns the new sheet ids
   * in the order of `sheets`.
   */
  addCustomFunctionNames(
    names: readonly string[],
    sheets: readonly { name: string; hfId: number }[],
    named: ReadonlyMap<string, string>,
  ): number[] {
    for (const name of names) registerCustomFunctionName(name);
    const contents = sheets.map((s) => this.run(() => this.hf.getSheetSerialized(s.hfId)));
    const next = this.build(this.locale);
    this.hf.destroy();
    this.hf = next;
    const ids = sheets.map((s) => this.addSheet(s.name));
    for (const [name, expression] of named) this.addNamedExpression(name, expression);
    ids.forEach((id, i) => this.run(() => this.hf.setSheetContent(id, contents[i] ?? [])));
    return ids;
  }

  /** Re-evaluates volatile functions (TODAY, NOW) after the emulator's clock moved. */
  recompute(): void {
    this.run(() => this.hf.rebuildAndRecalculate());
  }
}
