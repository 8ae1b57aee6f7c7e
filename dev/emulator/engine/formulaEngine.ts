/**
 * The emulator's storage and calculator: one HyperFormula sheet per spreadsheet sheet. Every
 * HyperFormula call that may evaluate runs with this engine's context active, so the global plugins
 * (custom functions, TODAY) see this emulator's functions and clock.
 */
import { HyperFormula, type CellValue, type RawCellContent } from 'hyperformula';
import { withActiveContext, type EvaluationContext } from './activeEngine';
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
  private readonly context: EvaluationContext;
  private readonly locale: string;

  constructor(options: EngineOptions) {
    registerSheetsFunctions();
    for (const name of options.customFunctionNames) registerCustomFunctionName(name);
    this.context = options.context;
    this.locale = options.locale;
    this.hf = this.build(options.locale);
  }

  private build(locale: string): HyperFormula {
    const hf = this.run(() =>
      HyperFormula.buildEmpty({
        licenseKey: 'gpl-v3',
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

  run<T>(fn: () => T): T {
    return withActiveContext(this.context, fn);
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
    this.run(() => this.hf.removeSheet(id));
  }

  renameSheet(id: number, name: string): void {
    this.run(() => this.hf.renameSheet(id, name));
  }

  /** Writes a block of raw contents (numbers, booleans, strings, "=formulas", null for empty). */
  setContents(sheet: number, row: number, col: number, contents: RawCellContent[][]): void {
    this.run(() => this.hf.setCellContents({ sheet, row, col }, contents));
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
    this.run(() => this.hf.addRows(sheet, [at, count]));
  }

  deleteRows(sheet: number, at: number, count: number): void {
    this.run(() => this.hf.removeRows(sheet, [at, count]));
  }

  insertColumns(sheet: number, at: number, count: number): void {
    this.run(() => this.hf.addColumns(sheet, [at, count]));
  }

  deleteColumns(sheet: number, at: number, count: number): void {
    this.run(() => this.hf.removeColumns(sheet, [at, count]));
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
