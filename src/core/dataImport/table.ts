import type { Translated } from '../i18n';
import { foldText } from '../text';
import {
  type DecimalMark,
  dateOrderOf,
  decimalMarkOf,
  importDay,
  importNumber,
  isNoValue,
  isPercentText,
} from './cellValues';
import { detectVendor, headerLanguage, isDateHeader } from './vendors';
import type {
  ColumnType,
  CsvParser,
  Granularity,
  ImportColumn,
  ImportRecord,
  Skipped,
  TableResult,
} from './types';

// An export's text as a table of typed columns and dated records. The parser (a maintained one, behind
// the CsvParser seam) splits fields; this file finds where the table is (after GA4's `#` lines or a
// report's title lines, before a second table), which column dates the rows, what type each column
// holds, and which rows to skip (totals, bad cells), each with its line and the reason.

const DELIMITERS = ['\t', ';', ','] as const;
const SAMPLE_LINES = 40;
const TOTALS = /^(?:grand total|totals?|total general|totaux|sous-total|subtotal)\b/;

const said = (fr: string, en: string): Translated => ({ fr, en });

/** Binary junk: NUL bytes, or many characters a text decoder could not read. */
function junkLine(lines: readonly string[]): number | undefined {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    // eslint-disable-next-line no-control-regex -- control characters are what this looks for
    const controls = (line.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
    if (controls > 0 && (line.includes('\u0000') || controls * 20 > line.length)) return i + 1;
  }
  return undefined;
}

interface Located {
  readonly delimiter: string;
  /** 0-based index of the header line. */
  readonly header: number;
  /** 0-based index of the first line after the table (a second table, GA4's next `#` block), or lines.length. */
  readonly end: number;
  readonly skipped: Skipped[];
}

/** Field counts of the sample's lines for one delimiter (the parser reads each line on its own). */
function counts(parse: CsvParser, lines: readonly string[], delimiter: string): number[] {
  return lines.map((line) => (line.trim() === '' ? 0 : (parse(line, delimiter).rows[0]?.fields.length ?? 0)));
}

function mode(values: readonly number[]): number {
  const tally = new Map<number, number>();
  for (const v of values) if (v > 1) tally.set(v, (tally.get(v) ?? 0) + 1);
  let best = 0;
  let most = 0;
  for (const [v, n] of tally) if (n > most || (n === most && v > best)) [best, most] = [v, n];
  return best;
}

/** Where the table is: the delimiter whose field count is steadiest, and the first line with that count. */
function locate(parse: CsvParser, lines: readonly string[]): Located | undefined {
  const skipped: Skipped[] = [];
  let first = 0;
  while (first < lines.length && (lines[first]?.trim() === '' || lines[first]?.startsWith('#'))) {
    if (lines[first]?.startsWith('#'))
      skipped.push({
        line: first + 1,
        why: said('commentaire avant le tableau', 'comment before the table'),
      });
    first += 1;
  }
  const sample = lines.slice(first, first + SAMPLE_LINES);
  let best: { delimiter: string; width: number; share: number } | undefined;
  for (const delimiter of DELIMITERS) {
    const widths = counts(parse, sample, delimiter);
    const width = mode(widths);
    if (width < 2) continue;
    const share = widths.filter((w) => w === width).length;
    if (!best || share > best.share) best = { delimiter, width, share };
  }
  if (!best) return undefined;
  const widths = counts(parse, sample, best.delimiter);
  const offset = widths.findIndex((w) => w === best.width);
  for (let i = first; i < first + offset; i += 1)
    if ((lines[i] ?? '').trim() !== '')
      skipped.push({ line: i + 1, why: said('titre avant le tableau', 'title before the table') });
  const header = first + offset;
  let end = lines.length;
  for (let i = header + 1; i < lines.length; i += 1)
    if (lines[i]?.startsWith('#')) {
      end = i;
      break;
    }
  if (end < lines.length)
    skipped.push({
      line: end + 1,
      why: said(
        'un autre tableau suit : seul le premier est lu',
        'another table follows: only the first is read',
      ),
    });
  return { delimiter: best.delimiter, header, end, skipped };
}

function uniqueHeaders(fields: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return fields.map((raw, i) => {
    const base = raw.trim() === '' ? `Column ${i + 1}` : raw.trim();
    const n = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

function columnType(cells: readonly string[], mark: DecimalMark, dateHeader: boolean): ColumnType {
  const filled = cells.filter((c) => !isNoValue(c));
  if (filled.length === 0) return 'empty';
  const order = dateOrderOf(filled);
  const dates = filled.filter((c) => importDay(c, order) !== undefined).length;
  const numbers = filled.filter((c) => importNumber(c, mark) !== undefined).length;
  // "20270131" is also a number: a date header, or no number that is not also a date, makes it a date.
  if (dates === filled.length && (dateHeader || numbers < filled.length)) return 'date';
  // Mostly numbers: a number column whose odd cells are listed as bad rows, never read as text.
  if (numbers * 2 > filled.length)
    return filled.every((c) => importNumber(c, mark) === undefined || isPercentText(c))
      ? 'percent'
      : 'number';
  if (dateHeader && dates * 10 >= filled.length * 9) return 'date';
  return 'text';
}

const COARSER: Record<Granularity, number> = { day: 0, week: 1, month: 2 };

/**
 * Reads an export. Refuses (nothing to write) a file with no table, no date column or binary content,
 * naming the line; otherwise skips each bad row with its line, column and reason.
 */
export function readImportTable(text: string, parse: CsvParser): TableResult {
  const clean = text.replace(/^\ufeff/, '');
  const lines = clean.split(/\r\n|\n|\r/);
  const junk = junkLine(lines);
  if (junk !== undefined)
    return {
      ok: false,
      problems: [
        {
          line: junk,
          why: said(
            'le fichier contient des caractères binaires : exportez-le en CSV (texte) et réessayez',
            'the file holds binary characters: export it as CSV (text) and try again',
          ),
        },
      ],
    };
  const where = locate(parse, lines);
  if (!where)
    return {
      ok: false,
      problems: [
        {
          line: 1,
          why: said(
            'aucun tableau trouvé (il faut une ligne d’en-têtes et des colonnes séparées par « , », « ; » ou une tabulation)',
            'no table found (it needs a header line and columns separated by ",", ";" or a tab)',
          ),
        },
      ],
    };
  const body = lines.slice(where.header, where.end).join('\n');
  const parsed = parse(body, where.delimiter);
  const at = (line: number) => line + where.header;
  const skipped: Skipped[] = [...where.skipped];
  for (const e of parsed.errors)
    skipped.push({
      line: at(e.line),
      why: said(`ligne illisible (${e.message})`, `unreadable line (${e.message})`),
    });
  const [head, ...rows] = parsed.rows;
  if (!head) return { ok: false, problems: [{ line: at(1), why: said('pas d’en-têtes', 'no headers') }] };
  const names = uniqueHeaders(head.fields);
  const width = names.length;
  const language = headerLanguage(names);
  const errorLines = new Set(parsed.errors.map((e) => e.line));

  // Rows of the right width (trailing empty fields tolerated); totals and short rows are set aside.
  const kept: { line: number; fields: readonly string[] }[] = [];
  const totals: number[] = [];
  for (const row of rows) {
    const line = at(row.line);
    if (errorLines.has(row.line)) continue;
    if (row.fields.every((f) => f.trim() === '')) continue;
    const extra = row.fields.slice(width);
    if (row.fields.length < width || extra.some((f) => f.trim() !== '')) {
      skipped.push({
        line,
        why: said(
          `${row.fields.length} champs au lieu de ${width} : ligne tronquée ou séparateur en trop`,
          `${row.fields.length} fields instead of ${width}: a cut line or a stray separator`,
        ),
      });
      continue;
    }
    if (row.fields.slice(0, 3).some((f) => TOTALS.test(foldText(f)))) {
      totals.push(line);
      skipped.push({ line, why: said('ligne de total : ignorée', 'totals row: ignored') });
      continue;
    }
    kept.push({ line, fields: row.fields.slice(0, width) });
  }

  const mark = decimalMarkOf(
    kept.flatMap((r) => r.fields),
    language,
  );
  const types = names.map((name, c) =>
    columnType(
      kept.map((r) => r.fields[c] ?? ''),
      mark,
      isDateHeader(name),
    ),
  );
  const dateCandidates = types.map((type, c) => (type === 'date' ? c : -1)).filter((c) => c >= 0);
  const dateColumn = dateCandidates.find((c) => isDateHeader(names[c] ?? '')) ?? dateCandidates[0];
  if (dateColumn === undefined)
    return {
      ok: false,
      problems: [
        {
          line: at(head.line),
          why: said(
            `aucune colonne de dates parmi ${names.join(', ')} : exportez le rapport par jour, semaine ou mois`,
            `no date column among ${names.join(', ')}: export the report by day, week or month`,
          ),
        },
      ],
    };
  const order = dateOrderOf(
    kept.map((r) => r.fields[dateColumn] ?? ''),
    language,
  );

  const records: ImportRecord[] = [];
  let granularity: Granularity = 'day';
  for (const row of kept) {
    const rawDate = row.fields[dateColumn] ?? '';
    const dated = importDay(rawDate, order);
    if (!dated) {
      skipped.push({
        line: row.line,
        column: names[dateColumn],
        why: said(`« ${rawDate} » n’est pas une date`, `"${rawDate}" is not a date`),
      });
      continue;
    }
    if (COARSER[dated.granularity] > COARSER[granularity]) granularity = dated.granularity;
    const values: (number | string | null)[] = [];
    let bad: Skipped | undefined;
    row.fields.forEach((raw, c) => {
      const type = types[c];
      if (c === dateColumn) values.push(dated.day);
      else if (isNoValue(raw)) values.push(null);
      else if (type === 'number' || type === 'percent') {
        const n = importNumber(raw, mark);
        if (n === undefined)
          bad ??= {
            line: row.line,
            column: names[c],
            why: said(`« ${raw} » n’est pas un nombre`, `"${raw}" is not a number`),
          };
        values.push(n ?? null);
      } else values.push(raw.trim());
    });
    if (bad) skipped.push(bad);
    else records.push({ line: row.line, day: dated.day, values });
  }
  if (records.length === 0)
    return {
      ok: false,
      problems: [
        { line: at(head.line), why: said('aucune ligne de données lisible', 'no readable data row') },
        ...skipped,
      ],
    };
  const columns: ImportColumn[] = names.map((name, c) => ({
    name,
    type: types[c] ?? 'text',
    sample: kept.find((r) => !isNoValue(r.fields[c] ?? ''))?.fields[c] ?? '',
  }));
  skipped.sort((a, b) => a.line - b.line);
  const vendor = detectVendor(names, lines.slice(0, where.header));
  return {
    ok: true,
    columns,
    dateColumn,
    granularity,
    records,
    skipped,
    totals,
    delimiter: where.delimiter,
    ...(language ? { language } : {}),
    ...(vendor ? { vendor } : {}),
  };
}
