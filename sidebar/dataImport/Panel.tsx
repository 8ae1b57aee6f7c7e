import { render } from 'preact';
import { useState } from 'preact/hooks';
import type { Lang } from '../../src/core/i18n';
import { decodeExport } from './decode';
import { runServer } from './run';
import { s } from './strings';

// The import panel: a file (or pasted text), the server's preview (columns, dates, the suggested
// mapping, the values per KPI and period), the mapping the user corrects, then the import. Built as its
// own bundle (dist/DataImportPanel.html) and mounted by ./Launcher.tsx on demand.

interface KpiMapping {
  kpiId: string;
  rule: 'sum' | 'last' | 'average' | 'ratio';
  column?: string;
  numerator?: string;
  denominator?: string;
  scale?: number;
}
interface Mapping {
  source: string;
  dateColumn: string;
  mode: 'formulas' | 'values';
  overwrite: boolean;
  kpis: KpiMapping[];
}
interface Problem {
  line?: number;
  column?: string;
  message: string;
}
interface Preview {
  ok: true;
  mapping: Mapping;
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

function Panel({ lang }: { lang: Lang }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState('');
  const [preview, setPreview] = useState<Preview>();
  const [mapping, setMapping] = useState<Mapping>();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [done, setDone] = useState('');
  const [payload, setPayload] = useState<{ text: string; sent: Payload }>();

  /** The text as the server takes it: itself, or the upload it was sent as (once per text). */
  const sent = async (body: string): Promise<Payload> => {
    if (payload?.text === body) return payload.sent;
    const out = await send(body, (i, n) => setBusy(s('sending', lang, { i: i + 1, n })));
    setPayload({ text: body, sent: out });
    return out;
  };

  const ask = async (body: string, next?: Mapping) => {
    setBusy(s('reading', lang));
    setDone('');
    try {
      const answer = await runServer<Answer<Preview>>('previewDataImport', await sent(body));
      if (!answer.ok) {
        setProblems(answer.problems);
        setPreview(undefined);
        return;
      }
      setProblems([]);
      setPreview(answer);
      setMapping(next ?? answer.mapping);
    } catch (error) {
      setProblems([{ message: error instanceof Error ? error.message : String(error) }]);
    } finally {
      setBusy('');
    }
  };
  const onFile = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    const body = decodeExport(new Uint8Array(await file.arrayBuffer()));
    setText(body);
    await ask(body);
  };
  const numeric = preview?.columns.filter((c) => c.type === 'number' || c.type === 'percent') ?? [];
  const kpiNames = new Map([
    ...(preview?.kpis.map((k) => [k.kpiId, k.name] as const) ?? []),
    ...(preview?.unmapped.map((k) => [k.kpiId, k.name] as const) ?? []),
  ]);
  const allKpis = [...kpiNames.keys()];
  const setColumn = (kpiId: string, column: string) => {
    if (!mapping) return;
    const others = mapping.kpis.filter((k) => k.kpiId !== kpiId);
    const kpis =
      column === ''
        ? others
        : [
            ...others,
            {
              kpiId,
              rule: mapping.kpis.find((k) => k.kpiId === kpiId && k.rule !== 'ratio')?.rule ?? 'sum',
              column,
            } as KpiMapping,
          ];
    setMapping({ ...mapping, kpis: allKpis.flatMap((id) => kpis.filter((k) => k.kpiId === id)) });
  };
  const apply = async () => {
    if (!mapping) return;
    setBusy(s('applying', lang));
    try {
      const answer = await runServer<Answer<{ ok: true; message: string }>>(
        'applyDataImport',
        await sent(text),
        mapping,
      );
      if (!answer.ok) setProblems(answer.problems);
      else {
        setProblems([]);
        setDone(answer.message);
      }
    } catch (error) {
      setProblems([{ message: error instanceof Error ? error.message : String(error) }]);
    } finally {
      setBusy('');
    }
  };

  return (
    <div class="import-panel">
      <h2>{s('title', lang)}</h2>
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
          {allKpis.map((id) => {
            const m = mapping.kpis.find((k) => k.kpiId === id);
            const selectId = `data-import-map-${id}`;
            return (
              <div key={id} class="import-map">
                <label for={selectId}>{kpiNames.get(id)}</label>
                {m?.rule === 'ratio' ? (
                  <span>
                    {s('ratio', lang)}
                    {colon(lang)}
                    {m.numerator} ÷ {m.denominator}{' '}
                    <button type="button" onClick={() => setColumn(id, '')}>
                      ✕
                    </button>
                  </span>
                ) : (
                  <select
                    id={selectId}
                    value={m?.column ?? ''}
                    onChange={(e) => setColumn(id, (e.currentTarget as HTMLSelectElement).value)}
                  >
                    <option value="">{s('none', lang)}</option>
                    {numeric.map((c) => (
                      <option key={c.name} value={c.name}>
                        {c.name}
                      </option>
                    ))}
                  </select>
                )}
              </div>
            );
          })}
          <h3>{s('values', lang)}</h3>
          <table>
            <tbody>
              {preview.kpis.map((k) => (
                <tr key={k.kpiId}>
                  <th scope="row" title={k.rule}>
                    {k.name}
                  </th>
                  {k.cells
                    .filter((c) => c.value !== null || c.state === 'typed')
                    .map((c) => (
                      <td key={c.label} title={c.state === 'typed' ? s('typed', lang) : k.rule}>
                        {c.label}
                        {colon(lang)}
                        {format(c.value, lang)}
                        {c.state === 'typed' ? ' *' : ''}
                      </td>
                    ))}
                </tr>
              ))}
            </tbody>
          </table>
          {preview.kept > 0 && (
            <label>
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
          <label>
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
          <button type="button" class="primary" disabled={busy !== ''} onClick={() => void apply()}>
            {s('apply', lang)}
          </button>
        </div>
      )}
      {done && <p role="status">{done}</p>}
    </div>
  );
}

export function mount(element: HTMLElement, lang: Lang): void {
  render(<Panel lang={lang} />, element);
}
