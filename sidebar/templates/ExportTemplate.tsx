import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../src/core/i18n';
import type { Problem } from '../../src/core/rpc/api';
import type { PlanOut } from '../draft/toPlan';
import { focusSoon } from '../focus';
import { msg } from '../i18n';
import { callServer } from '../server';
import { templateFileName } from './fileName';
import { Refusal } from './Refusal';

type State =
  | { phase: 'idle' }
  | { phase: 'working' }
  | { phase: 'refused'; problems: readonly Problem[] }
  | { phase: 'failed'; error: string }
  | { phase: 'ready'; text: string; url: string; fileName: string };

type CopyState = 'idle' | 'copied' | 'blocked';

/** The textarea's text, copied the old way: works where the Clipboard API is not allowed. */
function copyBySelection(id: string): boolean {
  const area = document.getElementById(id) as HTMLTextAreaElement | null;
  if (!area) return false;
  area.focus();
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/**
 * "Save as template": the server checks the plan and writes the file (name, description, author and
 * the plan, nothing else); the page offers it as a download and as text to copy, since Apps Script's
 * sandboxed iframe may block both the download and the clipboard.
 */
export function ExportTemplate(props: { lang: Lang; plan: PlanOut }) {
  const { lang, plan } = props;
  const [name, setName] = useState(plan.name);
  const [description, setDescription] = useState('');
  const [author, setAuthor] = useState(plan.branding?.agency ?? '');
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [copy, setCopy] = useState<CopyState>('idle');

  // A blob URL holds its text until revoked.
  useEffect(
    () => () => {
      if (state.phase === 'ready') URL.revokeObjectURL(state.url);
    },
    [state],
  );

  const create = async () => {
    setState({ phase: 'working' });
    setCopy('idle');
    try {
      const answer = await callServer('exportTemplateFile', plan, { name, description, author }, lang);
      if (!answer.ok) setState({ phase: 'refused', problems: answer.problems });
      else {
        const url = URL.createObjectURL(new Blob([answer.text], { type: 'application/json' }));
        setState({
          phase: 'ready',
          text: answer.text,
          url,
          fileName: templateFileName(name.trim() || plan.name),
        });
      }
    } catch (error) {
      setState({ phase: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
    focusSoon('export-result');
  };

  const copyText = (text: string) => {
    const done = () => setCopy('copied');
    const fallback = () => setCopy(copyBySelection('export-text') ? 'copied' : 'blocked');
    if (navigator.clipboard?.writeText) navigator.clipboard.writeText(text).then(done, fallback);
    else fallback();
  };

  return (
    <section class="block" aria-labelledby="export-title">
      <h3 id="export-title">{msg('exportTitle', lang)}</h3>
      <p class="hint">{msg('exportIntro', lang)}</p>
      <div class="field">
        <label for="export-name">{msg('templateName', lang)}</label>
        <input
          id="export-name"
          maxLength={120}
          value={name}
          onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <div class="field">
        <label for="export-description">{msg('templateDescription', lang)}</label>
        <textarea
          id="export-description"
          rows={2}
          maxLength={500}
          value={description}
          onInput={(e) => setDescription((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </div>
      <div class="field">
        <label for="export-author">{msg('templateAuthor', lang)}</label>
        <input
          id="export-author"
          maxLength={120}
          value={author}
          onInput={(e) => setAuthor((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      <button
        type="button"
        id="export-create"
        disabled={state.phase === 'working'}
        onClick={() => void create()}
      >
        {msg('exportCreate', lang)}
      </button>
      <div id="export-result" tabIndex={-1} role="status" aria-live="polite">
        {state.phase === 'working' && <p>{msg('exportWorking', lang)}</p>}
        {state.phase === 'refused' && (
          <Refusal title={msg('exportRefused', lang)} problems={state.problems} lang={lang} />
        )}
        {state.phase === 'failed' && (
          <p role="alert" class="error">
            {msg('importFailed', lang, { error: state.error })}
          </p>
        )}
        {state.phase === 'ready' && (
          <>
            <p class="success">{msg('exportReady', lang)}</p>
            <p>
              <a id="export-download" href={state.url} download={state.fileName}>
                {msg('exportDownload', lang, { file: state.fileName })}
              </a>
            </p>
            <div class="field">
              <label for="export-text">{msg('exportText', lang)}</label>
              <textarea id="export-text" class="template-text" rows={5} readOnly value={state.text} />
            </div>
            <button type="button" id="export-copy" onClick={() => copyText(state.text)}>
              {msg('copy', lang)}
            </button>
            {copy === 'copied' && <p>{msg('copied', lang)}</p>}
            {copy === 'blocked' && <p class="warning">{msg('copyBlocked', lang)}</p>}
          </>
        )}
      </div>
    </section>
  );
}
