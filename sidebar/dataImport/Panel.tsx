import { render } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { Lang } from '../../src/core/i18n';
import { decodeExport } from './decode';
import {
  type Choice,
  type ImportRule,
  type Mapping,
  choiceOf,
  choose,
  incomplete,
  ratioStart,
} from './mappingEdit';
import { runServer } from './run';
import { s } from './strings';

// The import panel: a file (or pasted text) or a sheet of the spreadsheet, the server's preview
// (columns, dates, the suggested mapping, the values per KPI and period), the mapping the user corrects
// (a column per KPI, or a rate's two components), then the import in parts with its progress. Built as
// its own bundle (dist/DataImportPanel.html) and mounted by ./Launcher.tsx on demand.

interface Problem {
  line?: number;
  column?: string;
  message: string;
}
interface Preview {
  ok: true;
  mapping: Mapping;
  suggested: Mapping;
  columnRules: Record<string, ImportRule>;
  unmapped: { kpiId: string; name: string }[];
  columns: { name: string; type: string; sample: string }[];
  dateRange: { from: string; to: string };
  rows: number;
  skipped: Problem[];
  kept: number;
  kpis: {
    kpiId: string;
    name: string;
    rule: string;
    cells: { label: string; value: number | null; state: string }[];
  }[];
}
type Answer<T> = T | { ok: false; problems: Problem[] };

/**
 * Characters per google.script.run call: a bigger file goes up in chunks (appendDataImportChunk), kept
 * on the server for an hour, and the preview and the import then name the upload instead of the text.
 */
export const CHUNK = 500_000;

type Payload = string | { upload: string; chunks: number };
type Input = Payload | { sheet: string };

async function send(text: string, progress: (done: number, total: number) => void): Promise<Payload> {
  if (text.length <= CHUNK) return text;
  const upload = `u${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
  const chunks = Math.ceil(text.length / CHUNK);
  for (let i = 0; i < chunks; i += 1) {
    progress(i, chunks);
    const answer = await runServer<{ ok: boolean; problems?: Problem[] }>(
      'appendDataImportChunk',
      upload,
      i,
      text.slice(i * CHUNK, (i + 1) * CHUNK),
    );
    if (!answer.ok) throw new Error(answer.problems?.map((p) => p.message).join(' ') ?? 'upload failed');
  }
  return { upload, chunks };
}

/** French puts a (no-break) space before a colon; English does not. */
const colon = (lang: Lang) => (lang === 'fr' ? '\u00a0: ' : ': ');

const format = (v: number | null, lang: Lang) =>
  v === null ? '' : v.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 4 });

/** The value of a KPI's select that opens the rate's two component selects. */
const RATIO = '\u0000ratio';

/** One try again of a call that failed on the way (a lost connection, a stopped execution). */
async function twice<T>(name: string, ...args: unknown[]): Promise<T> {
  try {
    return await runServer<T>(name, ...args);
  } catch {
    return runServer<T>(name, ...args);
  }
}

function Panel({ lang }: { lang: Lang }) {
  const [from, setFrom] = useState<'file' | 'sheet'>('file');
  const [text, setText] = useState('');
  const [sheets, setSheets] = useState<{ name: string; rows: number }[]>();
  const [sheet, setSheet] = useState('');
  const [busy, setBusy] = useState('');
  const [preview, setPreview] = useState<Preview>();
  const [mapping, setMapping] = useState<Mapping>();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [done, setDone] = useState('');
  const [payload, setPayload] = useState<{ text: string; sent: Payload }>();
  const [resume, setResume] = useState<{ part: number; parts: number }>();
  const asked = useRef(0);

  /** The text as the server takes it: itself, or the upload it was sent as (once per text). */
  const sent = async (body: string): Promise<Payload> => {
    if (payload?.text === body) return payload.sent;
    const out = await send(body, (i, n) => setBusy(s('sending', lang, { i: i + 1, n })));
    setPayload({ text: body, sent: out });
    return out;
  };
  const input = async (body = text): Promise<Input> => (from === 'sheet' ? { sheet } : sent(body));
  const fail = (error: unknown) =>
    setProblems([{ message: error instanceof Error ? error.message : String(error) }]);

  /** The server's preview of the suggestion, or of the user's mapping once it is complete. */
  const ask = async (body = text, next?: Mapping) => {
    setBusy(s('reading', lang));
    setDone('');
    setResume(undefined);
    // Only the latest question's answer counts: an older one must not undo a newer choice.
    asked.current += 1;
    const mine = asked.current;
    try {
      const answer = await runServer<Answer<Preview>>('previewDataImport', await input(body), next ?? null);
      if (mine !== asked.current) return;
      if (!answer.ok) {
        setProblems(answer.problems);
        if (!next) setPreview(undefined);
        return;
      }
      setProblems([]);
      setPreview(answer);
      setMapping(answer.mapping);
    } catch (error) {
      if (mine === asked.current) fail(error);
    } finally {
      if (mine === asked.current) setBusy('');
    }
  };
  const onFile = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    const body = decodeExport(new Uint8Array(await file.arrayBuffer()));
    setText(body);
    await ask(body);
  };
  const fromSheet = async () => {
    setFrom('sheet');
    setPreview(undefined);
    setProblems([]);
    if (sheets) return;
    setBusy(s('loadingSheets', lang));
    try {
      const answer = await runServer<{ ok: true; sheets: { name: string; rows: number }[] }>(
        'listImportSheets',
      );
      setSheets(answer.sheets);
      setSheet(answer.sheets[0]?.name ?? '');
    } catch (error) {
      fail(error);
    } finally {
      setBusy('');
    }
  };
  const numeric = preview?.columns.filter((c) => c.type === 'number' || c.type === 'percent') ?? [];
  const kpiNames = new Map([
    ...(preview?.kpis.map((k) => [k.kpiId, k.name] as const) ?? []),
    ...(preview?.unmapped.map((k) => [k.kpiId, k.name] as const) ?? []),
  ]);
  const allKpis = [...kpiNames.keys()];
  const missing = mapping ? incomplete(mapping) : [];
  const change = (kpiId: string, choice: Choice) => {
    if (!mapping || !preview) return;
    const next = choose(mapping, kpiId, choice, {
      order: allKpis,
      columnRules: preview.columnRules,
      suggested: preview.suggested,
    });
    setMapping(next);
    // The preview follows the mapping as soon as it is complete (a rate needs both its columns).
    if (incomplete(next).length === 0) void ask(text, next);
    else {
      // A preview still on its way answers an older mapping: it must not undo this choice.
      asked.current += 1;
      setBusy('');
    }
  };

  /** The import in parts (each call writes a bounded number of rows), resumable from a failed part. */
  const apply = async (first = 0) => {
    if (!mapping) return;
    setProblems([]);
    setDone('');
    setResume(undefined);
    let parts = resume?.parts ?? 1;
    let part = first;
    try {
      const body = await input();
      for (; part < parts; part += 1) {
        setBusy(s('writing', lang, { i: part + 1, n: parts }));
        const answer = await twice<Answer<{ ok: true; parts: number }>>(
          'stageDataImport',
          body,
          mapping,
          part,
        );
        if (!answer.ok) {
          setProblems(answer.problems);
          return;
        }
        parts = answer.parts;
      }
      setBusy(s('committing', lang));
      const answer = await twice<Answer<{ ok: true; message: string }>>('commitDataImport', body, mapping);
      if (!answer.ok) setProblems(answer.problems);
      else setDone(answer.message);
    } catch (error) {
      // Nothing a user sees has changed: the rows written so far wait in a hidden sheet.
      setResume({ part, parts });
      setProblems([
        { message: `${error instanceof Error ? error.message : String(error)} ${s('stopped', lang)}` },
      ]);
    } finally {
      setBusy('');
    }
  };

  const select = (id: string, value: string, onPick: (v: string) => void, label: string) => (
    <select
      id={id}
      aria-label={label}
      value={value}
      onChange={(e) => onPick((e.currentTarget as HTMLSelectElement).value)}
    >
      <option value="">{s('pick', lang)}</option>
      {numeric.map((c) => (
        <option key={c.name} value={c.name}>
          {c.name}
        </option>
      ))}
    </select>
  );

  return (
    <div class="import-panel">
      <style>{STYLE}</style>
      <h2>{s('title', lang)}</h2>
      <fieldset class="import-from">
        <legend>{s('from', lang)}</legend>
        <label>
          <input
            type="radio"
            name="data-import-from"
            checked={from === 'file'}
            onChange={() => {
              setFrom('file');
              setPreview(undefined);
              setProblems([]);
            }}
          />
          {s('fromFile', lang)}
        </label>
        <label>
          <input
            type="radio"
            name="data-import-from"
            checked={from === 'sheet'}
            onChange={() => void fromSheet()}
          />
          {s('fromSheet', lang)}
        </label>
      </fieldset>
      {from === 'file' ? (
        <div>
          <label for="data-import-file">{s('file', lang)}</label>
          <input
            id="data-import-file"
            type="file"
            accept=".csv,.tsv,.txt,text/csv"
            onChange={(e) => void onFile(e)}
          />
          <label for="data-import-text">{s('paste', lang)}</label>
          <textarea
            id="data-import-text"
            rows={3}
            value={text}
            onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
          />
          <button type="button" disabled={text.trim() === '' || busy !== ''} onClick={() => void ask(text)}>
            {s('preview', lang)}
          </button>
        </div>
      ) : (
        <div>
          <label for="data-import-sheet">{s('sheet', lang)}</label>
          {sheets && sheets.length === 0 ? (
            <p>{s('noSheets', lang)}</p>
          ) : (
            <select
              id="data-import-sheet"
              value={sheet}
              onChange={(e) => setSheet((e.currentTarget as HTMLSelectElement).value)}
            >
              {(sheets ?? []).map((sh) => (
                <option key={sh.name} value={sh.name}>
                  {s('sheetRows', lang, { name: sh.name, rows: Math.max(0, sh.rows - 1) })}
                </option>
              ))}
            </select>
          )}
          <button type="button" disabled={sheet === '' || busy !== ''} onClick={() => void ask()}>
            {s('preview', lang)}
          </button>
        </div>
      )}
      {busy && <p role="status">{busy}</p>}
      {problems.length > 0 && (
        <ul role="alert" class="error">
          {problems.map((p, i) => (
            <li key={i}>
              {p.line !== undefined
                ? `${s('line', lang, { n: p.line })}${p.column ? ` (${p.column})` : ''}${colon(lang)}`
                : ''}
              {p.message}
            </li>
          ))}
        </ul>
      )}
      {resume && (
        <button type="button" disabled={busy !== ''} onClick={() => void apply(resume.part)}>
          {s('resume', lang, { i: Math.min(resume.part + 1, resume.parts), n: resume.parts })}
        </button>
      )}
      {preview && mapping && (
        <div>
          <p>
            {s('range', lang, {
              from: preview.dateRange.from,
              to: preview.dateRange.to,
              rows: preview.rows,
              skipped: preview.skipped.length,
            })}
          </p>
          <h3>{s('mapping', lang)}</h3>
          <p class="hint">{s('mappingHint', lang)}</p>
          {allKpis.map((id) => {
            const choice = choiceOf(mapping.kpis.find((k) => k.kpiId === id));
            const selectId = `data-import-map-${id}`;
            const name = kpiNames.get(id) ?? id;
            return (
              <div key={id} class="import-map">
                <label for={selectId}>{name}</label>
                <select
                  id={selectId}
                  value={choice.kind === 'column' ? choice.column : choice.kind === 'ratio' ? RATIO : ''}
                  onChange={(e) => {
                    const v = (e.currentTarget as HTMLSelectElement).value;
                    change(
                      id,
                      v === ''
                        ? { kind: 'none' }
                        : v === RATIO
                          ? ratioStart(id, preview.suggested)
                          : { kind: 'column', column: v },
                    );
                  }}
                >
                  <option value="">{s('none', lang)}</option>
                  {numeric.map((c) => (
                    <option key={c.name} value={c.name}>
                      {c.name}
                    </option>
                  ))}
                  <option value={RATIO}>{s('ratioOption', lang)}</option>
                </select>
                {choice.kind === 'ratio' && (
                  <div class="import-ratio" role="group" aria-label={s('ratioOf', lang, { name })}>
                    <label for={`${selectId}-num`}>{s('numerator', lang)}</label>
                    {select(
                      `${selectId}-num`,
                      choice.numerator,
                      (v) => change(id, { ...choice, numerator: v }),
                      s('numerator', lang),
                    )}
                    <label for={`${selectId}-den`}>{s('denominator', lang)}</label>
                    {select(
                      `${selectId}-den`,
                      choice.denominator,
                      (v) => change(id, { ...choice, denominator: v }),
                      s('denominator', lang),
                    )}
                    {missing.includes(id) && <p class="hint">{s('pickBoth', lang)}</p>}
                  </div>
                )}
              </div>
            );
          })}
          <h3>{s('values', lang)}</h3>
          <table>
            <tbody>
              {preview.kpis.map((k) => (
                <tr key={k.kpiId}>
                  <th scope="row">
                    {k.name}
                    <small class="hint">{k.rule}</small>
                  </th>
                  <td>
                    {k.cells
                      .filter((c) => c.value !== null || c.state === 'typed')
                      .map((c) => (
                        <div key={c.label} title={c.state === 'typed' ? s('typed', lang) : k.rule}>
                          {c.label}
                          {colon(lang)}
                          {format(c.value, lang)}
                          {c.state === 'typed' ? ' *' : ''}
                        </div>
                      ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.kept > 0 && (
            <label class="import-check">
              <input
                type="checkbox"
                checked={mapping.overwrite}
                onChange={(e) =>
                  setMapping({ ...mapping, overwrite: (e.currentTarget as HTMLInputElement).checked })
                }
              />
              {s('overwrite', lang, { n: preview.kept })}
            </label>
          )}
          <label class="import-check">
            <input
              type="checkbox"
              checked={mapping.mode === 'values'}
              onChange={(e) =>
                setMapping({
                  ...mapping,
                  mode: (e.currentTarget as HTMLInputElement).checked ? 'values' : 'formulas',
                })
              }
            />
            {s('asValues', lang)}
          </label>
          <button
            type="button"
            class="primary"
            disabled={busy !== '' || missing.length > 0}
            onClick={() => void apply()}
          >
            {s('apply', lang)}
          </button>
        </div>
      )}
      {done && <p role="status">{done}</p>}
    </div>
  );
}

/** The panel's few layout rules, in its own bundle (Sidebar.html's stylesheet stays as it is). */
const STYLE = `.import-panel fieldset{border:0;padding:0;margin:0 0 8px}
.import-panel .import-from label,.import-panel .import-check{display:flex;gap:6px;align-items:flex-start;font-weight:normal;margin:4px 0}
.import-panel input[type=radio],.import-panel input[type=checkbox]{width:auto;flex:none;margin:3px 0 0}
.import-panel label{display:block;margin-top:6px}
.import-panel button{margin-top:8px}
.import-panel .import-map{margin-bottom:8px}
.import-panel .import-ratio{margin:4px 0 0 12px;padding-left:8px;border-left:2px solid #dadce0}
.import-panel select{max-width:100%}
.import-panel .hint{display:block;color:#5f6368;font-size:12px;font-weight:normal}
.import-panel th{text-align:left}
.import-panel tr,.import-panel th,.import-panel td{display:block}
.import-panel tr{margin-bottom:6px}
.import-panel td div{display:inline-block;margin-right:10px;white-space:nowrap}`;

export function mount(element: HTMLElement, lang: Lang): void {
  render(<Panel lang={lang} />, element);
}
