import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type Lang, languageFromLocale } from '../src/core/i18n';
import type { ServerResult } from '../src/core/rpc/api';
import type { Draft } from '../src/core/rpc/draft';
import { WIZARD_STEPS, type WizardStep } from '../src/core/rpc/enums';
import { type SaveStatus, createAutosaver } from './autosave';
import { fieldId } from './components/Field';
import { planToDraft } from './draft/fromPlan';
import { emptyDraft } from './draft/newDraft';
import { type DraftProblem, type PlanOut, draftToPlan } from './draft/toPlan';
import { focusField, focusSoon } from './focus';
import { type MessageKey, msg } from './i18n';
import { type KpiTexts, KpiTextsContext, kpiTextsOf } from './library';
import { setKpiDefinitions } from './libraryData';
import type { BuiltSheetNames } from './sheetNames';
import type { ShownProblem } from './problems';
import { DataImportLauncher } from './dataImport/Launcher';
import { callServer } from './server';
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

function isPlanLike(value: unknown): value is PlanOut {
  return typeof value === 'object' && value !== null && Array.isArray((value as PlanOut).objectives);
}

/** A draft worth asking about before it is replaced: it has a name or objectives. */
function hasContent(draft: Draft): boolean {
  return draft.context.name.trim() !== '' || draft.objectives.length > 0;
}

export function App() {
  const [lang, setLang] = useState<Lang>(languageFromLocale(navigator.language));
  const [loaded, setLoaded] = useState(false);
  const [fatal, setFatal] = useState<string | null>(null);
  const [saved, setSaved] = useState<ServerResult<'loadDraft'>>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [step, setStep] = useState<WizardStep>('start');
  const [reviewed, setReviewed] = useState(false);
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ state: 'idle' });
  const [loadingWorkbook, setLoadingWorkbook] = useState(false);
  const [startError, setStartError] = useState<string | null>(null);
  const [kpiTexts, setKpiTexts] = useState<KpiTexts>({});
  const [starters, setStarters] = useState<ServerResult<'listStarters'>>([]);
  const [sheetNames, setSheetNames] = useState<BuiltSheetNames | null>(null);
  const dirty = useRef(false);

  const autosaver = useMemo(() => createAutosaver((d) => callServer('saveDraft', d), setSaveStatus), []);

  useEffect(() => {
    // The KPI library is not bundled (sidebar/libraryData.ts): the wizard renders once it is here.
    Promise.allSettled([
      callServer('getSidebarContext'),
      callServer('loadDraft'),
      callServer('getKpiLibrary'),
    ]).then(([context, draftResult, library]) => {
      if (context.status === 'fulfilled') {
        setLang(context.value.language);
        setSheetNames(context.value.sheetNames);
      } else setFatal(context.reason instanceof Error ? context.reason.message : String(context.reason));
      if (library.status === 'fulfilled') {
        setKpiDefinitions(library.value);
        setKpiTexts(kpiTextsOf(library.value));
      } else setFatal(library.reason instanceof Error ? library.reason.message : String(library.reason));
      if (draftResult.status === 'fulfilled') setSaved(draftResult.value);
      setLoaded(true);
      focusSoon('step-heading');
    });
    const flush = () => {
      if (document.visibilityState === 'hidden') void autosaver.flush();
    };
    document.addEventListener('visibilitychange', flush);
    return () => document.removeEventListener('visibilitychange', flush);
  }, [autosaver]);

  useEffect(() => {
    document.documentElement.lang = lang;
    // Starters are named in the wizard's language; their plans are built in it too.
    callServer('listStarters', lang).then(setStarters, () => undefined);
  }, [lang]);

  useEffect(() => {
    if (draft && dirty.current) autosaver.schedule(draft);
  }, [draft, autosaver]);

  // The last removal, undoable until the next edit or step change (no question asked before removing).
  const [undo, setUndo] = useState<{ what: string; before: Draft } | null>(null);

  const edit = (change: (d: Draft) => Draft) => {
    dirty.current = true;
    setUndo(null);
    setDraft((d) => (d ? change(d) : d));
  };

  const remove = (what: string, change: (d: Draft) => Draft) => {
    if (!draft) return;
    const before = draft;
    edit(change);
    setUndo({ what, before });
  };

  const goTo = (next: WizardStep, focusPath?: string) => {
    setUndo(null);
    if (next === 'review') setReviewed(true);
    setStep(next);
    if (draft && next !== 'start') {
      autosaver.saveNextNow();
      edit((d) => ({ ...d, step: next }));
    }
    if (focusPath) focusField(fieldId(focusPath));
    else focusSoon('step-heading');
  };

  const begin = (d: Draft) => {
    dirty.current = true;
    setDraft(d);
    setReviewed(false);
    setStep(d.step === 'start' ? 'context' : d.step);
    focusSoon('step-heading');
  };

  const { plan, problems, warnings } = useMemo(() => {
    if (!draft) return { plan: null, problems: [] as DraftProblem[], warnings: [] as DraftProblem[] };
    return draftToPlan(draft);
  }, [draft]);

  // Once the page finds nothing wrong, the plan schema itself (on the server) has the last word before
  // the build: unique ids, plan size and any rule the page does not repeat.
  const [serverProblems, setServerProblems] = useState<readonly ShownProblem[]>([]);
  useEffect(() => {
    setServerProblems([]);
    if (step !== 'review' || !plan || problems.length > 0) return undefined;
    let current = true;
    const timer = setTimeout(() => {
      callServer('checkPlan', plan).then(
        (found) => current && setServerProblems(found),
        () => undefined,
      );
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [step, plan, problems.length]);

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
              busy={loadingWorkbook}
              error={startError}
              onContinue={() => resumable && begin(resumable.draft)}
              onNew={() => {
                void callServer('clearDraft').catch(() => undefined);
                setSaved(null);
                begin(emptyDraft(lang));
              }}
              onLoadWorkbook={() => {
                setLoadingWorkbook(true);
                setStartError(null);
                callServer('loadPlanFromWorkbook')
                  .then((r) => {
                    if (r.ok && isPlanLike(r.plan)) begin(planToDraft(r.plan, lang));
                    else if (!r.ok)
                      setStartError(
                        r.problems
                          .map((p) => [p.cell ?? p.path, p.message].filter(Boolean).join(msg('colon', lang)))
                          .join('; '),
                      );
                    else setStartError('?');
                  })
                  .catch((e: unknown) => setStartError(e instanceof Error ? e.message : String(e)))
                  .finally(() => setLoadingWorkbook(false));
              }}
              starters={starters}
              onStarter={(id) => {
                setLoadingWorkbook(true);
                setStartError(null);
                callServer('getStarterPlan', id, lang)
                  .then((plan) => (isPlanLike(plan) ? begin(planToDraft(plan, lang)) : setStartError(id)))
                  .catch((e: unknown) => setStartError(e instanceof Error ? e.message : String(e)))
                  .finally(() => setLoadingWorkbook(false));
              }}
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
              <button
                type="button"
                id="undo-remove"
                onClick={() => {
                  dirty.current = true;
                  setDraft(undo.before);
                  setUndo(null);
                  focusSoon('step-heading');
                }}
              >
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
