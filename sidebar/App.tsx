import { useMemo } from 'preact/hooks';
import type { ServerResult } from '../src/core/rpc/api';
import type { Draft } from '../src/core/rpc/draft';
import { WIZARD_STEPS, type WizardStep } from '../src/core/rpc/enums';
import { planToDraft } from './draft/fromPlan';
import { emptyDraft } from './draft/newDraft';
import { type DraftProblem, draftToPlan } from './draft/toPlan';
import { type MessageKey, msg } from './i18n';
import { KpiTextsContext } from './library';
import type { ShownProblem } from './problems';
import { DataImportLauncher } from './dataImport/Launcher';
import { callServer } from './server';
import { useAutosave } from './state/useAutosave';
import { useServerProblems } from './state/useServerProblems';
import { useSidebarSession } from './state/useSidebarSession';
import { isPlanLike, useStartActions } from './state/useStartActions';
import { useWizard } from './state/useWizard';
import { ContextStep } from './steps/ContextStep';
import { KpisStep } from './steps/KpisStep';
import { ObjectivesStep } from './steps/ObjectivesStep';
import { ReviewStep } from './steps/ReviewStep';
import { StartStep } from './steps/StartStep';

const STEP_TITLES: Record<WizardStep, MessageKey> = {
  start: 'stepStart',
  context: 'stepContext',
  objectives: 'stepObjectives',
  kpis: 'stepKpis',
  review: 'stepReview',
};

/** Messages about what is missing wait until the user reaches the review; wrong values show at once. */
const WAIT_FOR_REVIEW = new Set<MessageKey>(['required', 'needObjective', 'needOperational', 'needKpi']);

/** A draft worth asking about before it is replaced: it has a name or objectives. */
function hasContent(draft: Draft): boolean {
  return draft.context.name.trim() !== '' || draft.objectives.length > 0;
}

// The wizard's page. Its state lives in hooks along its seams (./state/): what the page asks the server
// when it opens, the autosaver, the draft and its steps, the server's last word on the plan, and the
// Start step's choices. This component only wires them to the steps.
export function App() {
  const { lang, setLang, loaded, fatal, saved, forgetSaved, kpiTexts, sheetNames, starters } =
    useSidebarSession();
  const { autosaver, saveStatus } = useAutosave();
  const { draft, step, reviewed, undo, edit, remove, undoRemove, goTo, begin } = useWizard(autosaver);
  const start = useStartActions(lang, begin);

  const { plan, problems, warnings } = useMemo(() => {
    if (!draft) return { plan: null, problems: [] as DraftProblem[], warnings: [] as DraftProblem[] };
    return draftToPlan(draft);
  }, [draft]);

  const serverProblems = useServerProblems(step, plan, problems.length);

  const shown: ShownProblem[] = [
    ...problems.map((p) => ({ path: p.path, message: msg(p.key, lang, p.vars) })),
    ...serverProblems,
  ];
  const inline = new Map<string, string>();
  for (const p of problems)
    if ((reviewed || !WAIT_FOR_REVIEW.has(p.key)) && !inline.has(p.path))
      inline.set(p.path, msg(p.key, lang, p.vars));
  for (const p of serverProblems) if (!inline.has(p.path)) inline.set(p.path, p.message);
  const shownWarnings: ShownProblem[] = warnings.map((p) => ({
    path: p.path,
    message: msg(p.key, lang, p.vars),
  }));
  const inlineWarnings = new Map(shownWarnings.map((w) => [w.path, w.message]));

  // Back on Start with a plan in hand, "continue" means this plan, and "new plan" must ask first.
  const resumable: ServerResult<'loadDraft'> = draft
    ? { draft, savedAt: saveStatus.state === 'saved' ? saveStatus.savedAt : new Date().toISOString() }
    : saved;

  const index = WIZARD_STEPS.indexOf(step);
  const stepProps = draft
    ? { draft, lang, edit, remove, problems: inline, warnings: inlineWarnings, goTo }
    : null;

  return (
    <KpiTextsContext.Provider value={kpiTexts}>
      <div class="app">
        <header>
          <h1>{msg('appTitle', lang)}</h1>
          <div class="lang">
            <label for="ui-lang">{msg('language', lang)}</label>
            <select
              id="ui-lang"
              value={lang}
              onChange={(e) => setLang((e.currentTarget as HTMLSelectElement).value === 'en' ? 'en' : 'fr')}
            >
              <option value="fr" lang="fr">
                Français
              </option>
              <option value="en" lang="en">
                English
              </option>
            </select>
          </div>
        </header>
        <DataImportLauncher lang={lang} />
        {draft && (
          <nav aria-label={msg('steps', lang)}>
            <ol class="steps">
              {WIZARD_STEPS.map((s, i) => (
                <li key={s}>
                  <button
                    type="button"
                    aria-current={s === step ? 'step' : undefined}
                    onClick={() => goTo(s)}
                  >
                    <span aria-hidden="true">{i + 1}</span>
                    <span class="step-name">{msg(STEP_TITLES[s], lang)}</span>
                  </button>
                </li>
              ))}
            </ol>
          </nav>
        )}
        <main>
          <h2 id="step-heading" tabIndex={-1}>
            {msg(STEP_TITLES[step], lang)}
            {draft && (
              <span class="step-count">
                {' '}
                · {msg('stepOf', lang, { n: index + 1, total: WIZARD_STEPS.length })}
              </span>
            )}
          </h2>
          {fatal && (
            <p role="alert" class="error">
              {fatal}
            </p>
          )}
          {!loaded ? (
            <p>{msg('loading', lang)}</p>
          ) : step === 'start' || !stepProps ? (
            <StartStep
              lang={lang}
              saved={resumable}
              busy={start.busy}
              error={start.error}
              onContinue={() => resumable && begin(resumable.draft)}
              onNew={() => {
                void callServer('clearDraft').catch(() => undefined);
                forgetSaved();
                begin(emptyDraft(lang));
              }}
              onLoadWorkbook={start.loadWorkbook}
              starters={starters}
              onStarter={start.openStarter}
              draftToReplace={
                resumable && hasContent(resumable.draft)
                  ? resumable.draft.context.name.trim() || msg('untitled', lang)
                  : null
              }
              onImport={(plan) => {
                if (isPlanLike(plan)) begin(planToDraft(plan, lang));
              }}
            />
          ) : step === 'context' ? (
            <ContextStep {...stepProps} />
          ) : step === 'objectives' ? (
            <ObjectivesStep {...stepProps} />
          ) : step === 'kpis' ? (
            <KpisStep {...stepProps} />
          ) : (
            plan &&
            sheetNames && (
              <ReviewStep
                {...stepProps}
                plan={plan}
                planProblems={shown}
                planWarnings={shownWarnings}
                sheetNames={sheetNames}
              />
            )
          )}
          {undo && (
            <p class="undo" role="status">
              {msg('removed', lang, { what: undo.what })}{' '}
              <button type="button" id="undo-remove" onClick={() => undoRemove(undo)}>
                {msg('undoRemove', lang)}
              </button>
            </p>
          )}
          {draft && step !== 'start' && (
            <div class="nav-buttons">
              <button type="button" onClick={() => goTo(WIZARD_STEPS[index - 1] ?? 'start')}>
                <span aria-hidden="true">← </span>
                {msg('back', lang)}
              </button>
              {step !== 'review' && (
                <button
                  type="button"
                  class="primary"
                  onClick={() => goTo(WIZARD_STEPS[index + 1] ?? 'review')}
                >
                  {msg('next', lang)}
                  <span aria-hidden="true"> →</span>
                </button>
              )}
            </div>
          )}
        </main>
        <footer>
          <p class="save-status" role="status" aria-live="polite">
            {saveStatus.state === 'saving' && msg('saving', lang)}
            {saveStatus.state === 'saved' &&
              msg('savedAt', lang, {
                time: new Date(saveStatus.savedAt).toLocaleTimeString(lang === 'fr' ? 'fr-FR' : 'en-GB', {
                  hour: '2-digit',
                  minute: '2-digit',
                }),
              })}
            {saveStatus.state === 'error' && msg('saveFailed', lang, { error: saveStatus.error })}
          </p>
          {saveStatus.state === 'saved' && saveStatus.nearLimit && (
            <p class="warning">{msg('nearLimit', lang)}</p>
          )}
        </footer>
      </div>
    </KpiTextsContext.Provider>
  );
}
