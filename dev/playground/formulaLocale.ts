// Formulas as a person types and reads them in the spreadsheet's locale, as Sheets does: in a French
// spreadsheet (fr_FR, and every locale whose decimal mark is a comma) arguments are separated by `;` and
// decimals written with `,` (`=KPI_VARIANCE(A1;B1;"cible";"statut";0,05)`); the canonical form, which
// Apps Script writes and the engine reads, uses `,` and `.`. Only what a user types or reads in the
// formula bar is converted: formulas written by the script stay canonical. Text in double quotes and
// sheet names in single quotes are never touched.
// Assumed from Sheets' behaviour: array literals (`{1;2}`) are not converted (KPI Kit never needs them).

/** Whether the locale writes decimals with a comma, so formulas separate arguments with `;`. */
export function usesSemicolons(locale: string): boolean {
  return !/^en/i.test(locale);
}

/** Applies `convert` to the parts of a formula outside "strings" and 'sheet names'. */
function outsideQuotes(formula: string, convert: (code: string) => string): string {
  let out = '';
  let code = '';
  for (let i = 0; i < formula.length; i++) {
    const c = formula.charAt(i);
    if (c !== '"' && c !== "'") {
      code += c;
      continue;
    }
    out += convert(code);
    code = '';
    // A quote inside is doubled ("" or ''), as in Sheets.
    let j = i + 1;
    while (j < formula.length && !(formula.charAt(j) === c && formula.charAt(j + 1) !== c)) {
      j += formula.charAt(j) === c ? 2 : 1;
    }
    out += formula.slice(i, j + 1);
    i = j;
  }
  return out + convert(code);
}

/** `=KPI_VARIANCE(A1;B1;0,05)` typed in a French spreadsheet → `=KPI_VARIANCE(A1,B1,0.05)`. */
export function toCanonicalFormula(formula: string, locale: string): string {
  if (!usesSemicolons(locale)) return formula;
  return outsideQuotes(formula, (code) => code.replace(/(\d),(\d)/g, '$1.$2').replace(/;/g, ','));
}

/** The canonical `=KPI_VARIANCE(A1,B1,0.05)` as a French spreadsheet shows it: `=KPI_VARIANCE(A1;B1;0,05)`. */
export function toLocalFormula(formula: string, locale: string): string {
  if (!usesSemicolons(locale)) return formula;
  return outsideQuotes(formula, (code) =>
    code.replace(/,/g, ';').replace(/(^|[^A-Za-z_\d])(\d+)\.(\d)/g, '$1$2,$3'),
  );
}
