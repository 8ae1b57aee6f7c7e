// Whatever text arrives (quotes, line breaks inside fields, mixed delimiters, a cut file, binary junk),
// reading it never throws: it gives a table, or a refusal naming a line of the file.
import fc from 'fast-check';
import { readImportTable } from '../../../src/core/dataImport/table';
import { parseCsv } from '../../../src/server/dataImport/csv';

const pieces = fc.constantFrom(
  '"',
  '""',
  ',',
  ';',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '#',
  'Date',
  'Sessions',
  '2027-01-31',
  '31/01/2027',
  '12,5',
  '1 234,5',
  '12%',
  '€',
  'Total',
  '\u0000',
  '\ufeff',
  '\ufffd',
  'é',
  ' ',
);

test('fuzzed text never throws; a refusal names a line within the file', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 80 }), (parts) => {
      const text = parts.join('');
      const lines = text.split(/\r\n|\n|\r/).length;
      const read = readImportTable(text, parseCsv);
      const reported = read.ok ? read.skipped : read.problems;
      for (const p of reported) {
        expect(p.line).toBeGreaterThanOrEqual(1);
        expect(p.line).toBeLessThanOrEqual(lines);
        expect(p.why.fr).not.toBe('');
        expect(p.why.en).not.toBe('');
      }
      if (read.ok) for (const r of read.records) expect(Number.isInteger(r.day)).toBe(true);
    }),
    { numRuns: 300 },
  );
});

const GOOD = 'Date,Sessions,Users\n2027-01-30,120,100\n2027-01-31,100,90\n2027-02-01,200,150\n';

test('a file cut in the middle of a row: the cut row is listed with its line, the others kept', () => {
  const read = readImportTable(`${GOOD}2027-02-02,8`, parseCsv);
  expect(read.ok && read.records.length).toBe(3);
  expect(read.ok && read.skipped.map((s) => [s.line, s.why.en])).toEqual([
    [5, '2 fields instead of 3: a cut line or a stray separator'],
  ]);
});

test('a file cut inside a quoted field: the open quote is reported on its line', () => {
  const read = readImportTable(`${GOOD}2027-02-02,"8`, parseCsv);
  expect(read.ok && read.skipped.map((s) => s.line)).toEqual([5]);
  expect(read.ok && read.skipped[0]?.why.en).toMatch(/unreadable line|fields instead/);
});

test('a bad number is skipped with its line and column, never guessed', () => {
  const read = readImportTable(`${GOOD}2027-02-02,12abc,10\n`, parseCsv);
  expect(read.ok && read.skipped).toEqual([
    {
      line: 5,
      column: 'Sessions',
      why: { fr: '« 12abc » n’est pas un nombre', en: '"12abc" is not a number' },
    },
  ]);
});

test('a table mixing delimiters is read with the steady one; the odd line is listed', () => {
  const read = readImportTable(
    'Date;Sessions;Users\n2027-01-30;120;100\n2027-01-31,100,90\n2027-02-01;200;150\n',
    parseCsv,
  );
  expect(read.ok && read.records.length).toBe(2);
  expect(read.ok && read.skipped.map((s) => s.line)).toEqual([3]);
});

test('binary content is refused on the line where it starts', () => {
  const read = readImportTable('Date,Sessions\n2027-01-30,1\nPK\u0003\u0004\u0000\u0000junk', parseCsv);
  expect(read).toMatchObject({ ok: false, problems: [{ line: 3 }] });
});
