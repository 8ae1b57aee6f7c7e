import Papa from 'papaparse';
import type { CsvParseResult } from '../../core/dataImport/types';

// Papa Parse behind the core's CsvParser seam. Step mode, to know the line each row starts on (a quoted
// field may hold line breaks, so rows and lines differ): the row's start is the previous row's end.

export function parseCsv(text: string, delimiter: string): CsvParseResult {
  const rows: { line: number; fields: string[] }[] = [];
  const errors: { line: number; message: string }[] = [];
  let start = 0;
  let counted = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result) => {
      for (let i = counted; i < start; i += 1) if (text.charCodeAt(i) === 10) line += 1;
      counted = start;
      const fields = result.data;
      if (result.errors.length > 0)
        errors.push({ line, message: result.errors.map((e) => e.message).join('; ') });
      else if (!(fields.length === 1 && fields[0] === '')) rows.push({ line, fields });
      start = result.meta.cursor;
    },
  });
  return { rows, errors };
}

/** A sheet's displayed cells as TSV text (quoted where a cell holds a tab, a quote or a line break). */
export function gridAsTsv(grid: readonly (readonly string[])[]): string {
  return Papa.unparse(
    grid.map((row) => [...row]),
    { delimiter: '\t', newline: '\n' },
  );
}
