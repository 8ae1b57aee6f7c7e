import { useState } from 'preact/hooks';
import type { Lang } from '../../src/core/i18n';
import type { Problem, ServerResult } from '../../src/core/rpc/api';
import { focusSoon } from '../focus';
import { msg } from '../i18n';
import { callServer } from '../server';
import { ConfirmDialog } from './ConfirmDialog';
import { decodeTemplateFile } from './decodeFile';
import { TEMPLATE_MAX_BYTES, utf8Bytes } from './fileName';
import { templateTooLarge } from '../../src/core/templates/sizeMessages';
import { Refusal } from './Refusal';

type Found = Extract<ServerResult<'importTemplateFile'>, { ok: true }>;

type State =
  | { phase: 'idle' }
  | { phase: 'reading' }
  | { phase: 'refused'; problems: readonly Problem[] }
  | { phase: 'failed'; error: string }
  | { phase: 'found'; found: Found };

/**
 * "Import a template": a .json file chosen or pasted, read and checked by the server (the template
 * schema is not in the page), shown, then applied only when the user says so, after asking whether to
 * replace a draft that has content. Anything refused leaves the draft as it was.
 */
export function ImportTemplate(props: {
  lang: Lang;
  /** The name of the current draft when it has content (a name or objectives); null when there is none. */
  draftToReplace: string | null;
  onApply: (plan: unknown) => void;
}) {
  const { lang } = props;
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [pasted, setPasted] = useState('');
  const [confirming, setConfirming] = useState(false);

  const tooLarge = (bytes: number) => {
    setState({
      phase: 'refused',
      problems: [{ path: '', message: templateTooLarge(bytes)[lang] }],
    });
    focusSoon('import-result');
  };

  const read = async (text: string) => {
    setState({ phase: 'reading' });
    try {
      const answer = await callServer('importTemplateFile', text, lang);
      setState(
        answer.ok ? { phase: 'found', found: answer } : { phase: 'refused', problems: answer.problems },
      );
    } catch (error) {
      setState({ phase: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
    focusSoon('import-result');
  };

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    // Refused before reading it, and nothing is sent (a UTF-16 file takes up to twice its UTF-8 size).
    if (file.size > 2 * TEMPLATE_MAX_BYTES) {
      tooLarge(file.size);
      return;
    }
    // The previous preview (and its "Use" button) goes before the file is read, so it can't be applied
    // while the new one loads.
    setState({ phase: 'reading' });
    const text = decodeTemplateFile(new Uint8Array(await file.arrayBuffer()));
    const bytes = utf8Bytes(text);
    if (bytes > TEMPLATE_MAX_BYTES) tooLarge(bytes);
    else await read(text);
  };

  const onPaste = () => {
    const bytes = utf8Bytes(pasted);
    if (bytes > TEMPLATE_MAX_BYTES) tooLarge(bytes);
    else void read(pasted);
  };

  const apply = (found: Found) => {
    setConfirming(false);
    setState({ phase: 'idle' });
    props.onApply(found.template.plan);
  };

  return (
    <section class="choice-card" aria-labelledby="import-title">
      <h3 id="import-title">{msg('importTitle', lang)}</h3>
      <p class="hint">{msg('importIntro', lang)}</p>
      <div class="field">
        <label for="import-file">{msg('importFile', lang)}</label>
        <input
          type="file"
          id="import-file"
          accept=".json,application/json"
          disabled={state.phase === 'reading'}
          onChange={(e) => void onFile(e.currentTarget as HTMLInputElement)}
        />
      </div>
      <div class="field">
        <label for="import-paste">{msg('importPaste', lang)}</label>
        <textarea
          id="import-paste"
          rows={3}
          class="template-text"
          value={pasted}
          onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </div>
      <button
        type="button"
        id="import-check"
        disabled={state.phase === 'reading' || pasted.trim() === ''}
        onClick={onPaste}
      >
        {msg('importCheck', lang)}
      </button>
      <div id="import-result" tabIndex={-1} role="status" aria-live="polite">
        {state.phase === 'reading' && <p>{msg('importReading', lang)}</p>}
        {state.phase === 'refused' && (
          <Refusal title={msg('importRefused', lang)} problems={state.problems} lang={lang} />
        )}
        {state.phase === 'failed' && (
          <p role="alert" class="error">
            {msg('importFailed', lang, { error: state.error })}
          </p>
        )}
        {state.phase === 'found' && (
          <div class="template-found">
            <p class="choice-name">{msg('importFound', lang, { name: state.found.template.name })}</p>
            {state.found.template.description && <p class="choice-def">{state.found.template.description}</p>}
            {state.found.template.author && (
              <p class="choice-meta">{msg('importBy', lang, { author: state.found.template.author })}</p>
            )}
            <p class="choice-meta">
              {msg('starterCounts', lang, {
                objectives: state.found.template.objectives,
                kpis: state.found.template.kpiCount,
              })}
            </p>
            {state.found.ignored.length > 0 && (
              <p class="hint">{msg('importIgnored', lang, { list: state.found.ignored.join(', ') })}</p>
            )}
            <button
              type="button"
              class="primary"
              id="import-use"
              onClick={() => (props.draftToReplace === null ? apply(state.found) : setConfirming(true))}
            >
              {msg('importUse', lang)}
            </button>
          </div>
        )}
      </div>
      {confirming && state.phase === 'found' && (
        <ConfirmDialog
          id="confirm-replace"
          title={msg('confirmReplaceTitle', lang)}
          confirmLabel={msg('replaceYes', lang)}
          cancelLabel={msg('keepDraft', lang)}
          onConfirm={() => apply(state.found)}
          onCancel={() => {
            setConfirming(false);
            focusSoon('import-use');
          }}
        >
          <p>
            {msg('confirmReplace', lang, {
              draft: props.draftToReplace || msg('untitled', lang),
              name: state.found.template.name,
            })}
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
