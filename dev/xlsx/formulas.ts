// Sheets formulas as Excel wants them in an .xlsx file. The emulator's formulas are canonical English
// with ',' separators, which is also the file format's syntax; what differs:
// - no leading '=' (ExcelJS writes the text as is);
// - ARRAYFORMULA does not exist: its argument is written as an array (CSE) formula instead, which is
//   how Excel evaluates range arithmetic in one cell;
// - functions added after Excel 2007 carry a `_xlfn.` prefix in the file, or Excel reads #NAME?;
// - Sheets-only functions (SPARKLINE, GOOGLEFINANCE...) and the add-on's custom functions have no
//   Excel equivalent: the cell keeps its computed value (or a blank) and the caller records a warning.

/** Functions that exist only in Google Sheets. */
const SHEETS_ONLY = new Set([
  'SPARKLINE',
  'GOOGLEFINANCE',
  'GOOGLETRANSLATE',
  'IMPORTRANGE',
  'IMPORTDATA',
  'IMPORTHTML',
  'IMPORTXML',
  'IMPORTFEED',
  'QUERY',
  'REGEXMATCH',
  'REGEXEXTRACT',
  'REGEXREPLACE',
  'DETECTLANGUAGE',
  'IMAGE',
]);

/** Functions newer than the 2007 file format: written as `_xlfn.NAME` (Excel's own files do). */
const FUTURE_FUNCTIONS: Record<string, string> = {
  IFS: '_xlfn.IFS',
  IFNA: '_xlfn.IFNA',
  SWITCH: '_xlfn.SWITCH',
  MAXIFS: '_xlfn.MAXIFS',
  MINIFS: '_xlfn.MINIFS',
  TEXTJOIN: '_xlfn.TEXTJOIN',
  CONCAT: '_xlfn.CONCAT',
  DAYS: '_xlfn.DAYS',
  ISOWEEKNUM: '_xlfn.ISOWEEKNUM',
  'FORECAST.LINEAR': '_xlfn.FORECAST.LINEAR',
  XLOOKUP: '_xlfn.XLOOKUP',
  XMATCH: '_xlfn.XMATCH',
  SEQUENCE: '_xlfn.SEQUENCE',
  UNIQUE: '_xlfn.UNIQUE',
  FILTER: '_xlfn._xlws.FILTER',
  SORT: '_xlfn._xlws.SORT',
};

export type ExcelFormula =
  | { readonly kind: 'formula'; readonly formula: string; readonly array: boolean }
  | { readonly kind: 'unsupported'; readonly functions: readonly string[] };

/** Function names called in a formula (outside string literals), upper-cased, in order of appearance. */
export function calledFunctions(formula: string): string[] {
  const names: string[] = [];
  for (const m of withoutStrings(formula).matchAll(/(?<![A-Za-z0-9_.$])([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g))
    names.push((m[1] ?? '').toUpperCase());
  return names;
}

/** The formula with the contents of its string literals blanked (same length), for scanning. */
function withoutStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, (s) => `"${' '.repeat(s.length - 2)}"`);
}

/** Index of the ')' closing the '(' at `open`, skipping string literals; -1 when unbalanced. */
function closingParen(formula: string, open: number): number {
  const scan = withoutStrings(formula);
  let depth = 0;
  for (let i = open; i < scan.length; i++) {
    if (scan[i] === '(') depth++;
    else if (scan[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Removes every ARRAYFORMULA( ... ) wrapper, keeping its argument. */
function unwrapArrayFormula(formula: string): { formula: string; found: boolean } {
  let text = formula;
  let found = false;
  for (;;) {
    const m = /(^|[^A-Za-z0-9_.])ARRAYFORMULA\s*\(/i.exec(withoutStrings(text));
    if (!m) return { formula: text, found };
    const start = m.index + (m[1] ?? '').length;
    const open = m.index + m[0].length - 1;
    const close = closingParen(text, open);
    if (close < 0) return { formula: text, found };
    text = `${text.slice(0, start)}${text.slice(open + 1, close)}${text.slice(close + 1)}`;
    found = true;
  }
}

function prefixFutureFunctions(formula: string): string {
  const scan = withoutStrings(formula);
  let out = '';
  let last = 0;
  for (const m of scan.matchAll(/(?<![A-Za-z0-9_.$])([A-Za-z][A-Za-z0-9.]*)\s*\(/g)) {
    const name = (m[1] ?? '').toUpperCase();
    const replacement = FUTURE_FUNCTIONS[name];
    if (!replacement) continue;
    const at = m.index ?? 0;
    out += formula.slice(last, at) + replacement;
    last = at + (m[1] ?? '').length;
  }
  return out + formula.slice(last);
}

/**
 * Translates one Sheets formula (with its '='). `customFunctions` are the add-on's own functions
 * (KPI_VARIANCE...): Excel cannot run them.
 */
export function toExcelFormula(sheetsFormula: string, customFunctions: ReadonlySet<string>): ExcelFormula {
  const body = sheetsFormula.startsWith('=') ? sheetsFormula.slice(1) : sheetsFormula;
  const unsupported = [
    ...new Set(calledFunctions(body).filter((f) => SHEETS_ONLY.has(f) || customFunctions.has(f))),
  ];
  if (unsupported.length > 0) return { kind: 'unsupported', functions: unsupported };
  const { formula, found } = unwrapArrayFormula(body);
  return { kind: 'formula', formula: prefixFutureFunctions(formula), array: found };
}

/** The Sheets formula an Excel one came from, for comparisons: prefixes dropped, '=' added. */
export function fromExcelFormula(excelFormula: string): string {
  return `=${excelFormula.replace(/_xlfn\.(_xlws\.)?/g, '')}`;
}
