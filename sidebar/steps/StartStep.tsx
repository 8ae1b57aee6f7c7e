import { useState } from 'preact/hooks';
import type { Lang } from '../../src/core/i18n';
import type { ServerResult } from '../../src/core/rpc/api';
import { focusSoon } from '../focus';
import { msg } from '../i18n';
import { ConfirmDialog } from '../templates/ConfirmDialog';
import { ImportTemplate } from '../templates/ImportTemplate';

export function StartStep(props: {
  lang: Lang;
  saved: ServerResult<'loadDraft'>;
  busy: boolean;
  error: string | null;
  onNew: () => void;
  onContinue: () => void;
  onLoadWorkbook: () => void;
  /** The starter plans the server offers (empty until it answers). */
  starters: ServerResult<'listStarters'>;
  onStarter: (id: string) => void;
  /** The current draft's name when it has content, which an import would replace; null otherwise. */
  draftToReplace: string | null;
  onImport: (plan: unknown) => void;
}) {
  const { lang, saved } = props;
  const [confirming, setConfirming] = useState(false);
  // A starter or the workbook's plan replaces the draft like an import does: the same question first.
  // `back` is the button that asked, where the focus returns when the user keeps the draft.
  const [pending, setPending] = useState<{ back: string; text: string; go: () => void } | null>(null);
  const ask = (back: string, text: string, go: () => void) =>
    props.draftToReplace === null ? go() : setPending({ back, text, go });
  const draft = props.draftToReplace || msg('untitled', lang);
  const savedDate = saved ? new Date(saved.savedAt) : null;
  return (
    <>
      <p class="intro">{msg('startIntro', lang)}</p>
      {saved && savedDate && (
        <div class="choice-card">
          <button type="button" class="primary" id="continue-draft" onClick={props.onContinue}>
            {msg('continueDraft', lang)}
          </button>
          <p class="hint">
            {msg('draftInfo', lang, {
              name: saved.draft.context.name.trim() || msg('untitled', lang),
              date: savedDate.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', {
                dateStyle: 'short',
                timeStyle: 'short',
              }),
            })}
          </p>
        </div>
      )}
      <div class="choice-card">
        {confirming ? (
          <div role="group" aria-labelledby="confirm-text">
            <p id="confirm-text">{msg('confirmDiscard', lang)}</p>
            <button type="button" class="danger" id="discard-yes" onClick={props.onNew}>
              {msg('discardYes', lang)}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {msg('cancel', lang)}
            </button>
          </div>
        ) : (
          <button
            type="button"
            id="new-plan"
            class={saved ? '' : 'primary'}
            onClick={() => {
              if (saved) {
                setConfirming(true);
                setTimeout(() => document.getElementById('discard-yes')?.focus(), 0);
              } else props.onNew();
            }}
          >
            {msg('newPlan', lang)}
          </button>
        )}
      </div>
      <div class="choice-card">
        <button
          type="button"
          id="load-workbook"
          disabled={props.busy}
          onClick={() =>
            ask('load-workbook', msg('confirmReplaceWorkbook', lang, { draft }), props.onLoadWorkbook)
          }
        >
          {msg('loadFromWorkbook', lang)}
        </button>
        {props.busy && <p role="status">{msg('loadingWorkbook', lang)}</p>}
        {props.error && (
          <p role="alert" class="error">
            {msg('loadFailed', lang, { error: props.error })}
          </p>
        )}
      </div>
      <ImportTemplate lang={lang} draftToReplace={props.draftToReplace} onApply={props.onImport} />
      <section class="choice-card" aria-labelledby="templates-title">
        <h3 id="templates-title">{msg('templates', lang)}</h3>
        {props.starters.length === 0 ? (
          <p class="hint">{msg('loading', lang)}</p>
        ) : (
          <ul class="choices">
            {props.starters.map((starter) => (
              <li key={starter.id} class="choice">
                <span class="choice-name">{starter.name}</span>
                <span class="choice-def">{starter.description}</span>
                <span class="choice-meta">
                  {msg('starterCounts', lang, { objectives: starter.objectives, kpis: starter.kpis.length })}
                </span>
                {starter.kpis.length > 0 && (
                  <span class="kpi-preview">
                    {msg('starterKpis', lang, { list: starter.kpis.join(' · ') })}
                  </span>
                )}
                <button
                  type="button"
                  disabled={props.busy}
                  id={`starter-${starter.id}`}
                  onClick={() =>
                    ask(
                      `starter-${starter.id}`,
                      msg('confirmReplace', lang, { draft, name: starter.name }),
                      () => props.onStarter(starter.id),
                    )
                  }
                >
                  {msg('useStarter', lang, { name: starter.name })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {pending && (
        <ConfirmDialog
          id="confirm-start"
          title={msg('confirmReplaceTitle', lang)}
          confirmLabel={msg('replaceYes', lang)}
          cancelLabel={msg('keepDraft', lang)}
          onConfirm={() => {
            setPending(null);
            pending.go();
          }}
          onCancel={() => {
            setPending(null);
            focusSoon(pending.back);
          }}
        >
          <p>{pending.text}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
