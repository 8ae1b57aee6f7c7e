import { useState } from 'preact/hooks';
import type { ServerResult } from '../../src/core/rpc/api';
import { msg } from '../i18n';
import { pathLabel, type ShownProblem, stepForPath } from '../problems';
import { type BuiltSheetNames, builtSheets, scorecardSheet } from '../sheetNames';
import { callServer } from '../server';
import type { PlanOut } from '../draft/toPlan';
import { focusSoon } from '../focus';
import { smartOf } from '../draft/smart';
import { ExportTemplate } from '../templates/ExportTemplate';
import type { StepProps } from './types';

type BuildState =
  | { phase: 'idle' }
  | { phase: 'building' }
  | { phase: 'done'; result: Extract<ServerResult<'buildWorkbook'>, { ok: true }> }
  | { phase: 'refused'; problems: readonly ShownProblem[] }
  | { phase: 'failed'; error: string };

function ProblemList({
  problems,
  lang,
  goTo,
}: {
  problems: readonly ShownProblem[];
  lang: StepProps['lang'];
  goTo: StepProps['goTo'];
}) {
  return (
    <ul class="problems">
      {problems.map((p) =>
        // A problem of the plan as a whole (path '') has no field to go to.
        p.path === '' ? (
          <li key={`:${p.message}`}>{p.message}</li>
        ) : (
          <li key={`${p.path}:${p.message}`}>
            <span class="where">{pathLabel(p.path, lang)}</span> — {p.message}{' '}
            <button type="button" class="link" onClick={() => goTo(stepForPath(p.path), p.path)}>
              {msg('fix', lang)}
              <span class="sr-only"> : {pathLabel(p.path, lang)}</span>
            </button>
          </li>
        ),
      )}
    </ul>
  );
}

export function ReviewStep(
  props: StepProps & {
    plan: PlanOut;
    planProblems: readonly ShownProblem[];
    planWarnings: readonly ShownProblem[];
    sheetNames: BuiltSheetNames;
  },
) {
  const { draft, lang, goTo, plan, planProblems, planWarnings, sheetNames } = props;
  const [build, setBuild] = useState<BuildState>({ phase: 'idle' });
  const operational = draft.objectives.flatMap((so) => so.operational);
  const kpiCount = operational.reduce((n, oo) => n + oo.kpis.length, 0);
  const weak = draft.objectives
    .flatMap((so, i) => [
      { path: `objectives[${i}].title`, title: so.title, result: smartOf(so.title, lang) },
      ...so.operational.map((oo, j) => ({
        path: `objectives[${i}].operational[${j}].title`,
        title: oo.title,
        result: smartOf(oo.title, lang, oo, draft.context.language),
      })),
    ])
    .filter((o) => o.title.trim() !== '' && o.result.score < 5);

  const runBuild = async () => {
    setBuild({ phase: 'building' });
    focusSoon('build-status');
    try {
      const result = await callServer('buildWorkbook', plan);
      setBuild(result.ok ? { phase: 'done', result } : { phase: 'refused', problems: result.problems });
    } catch (error) {
      setBuild({ phase: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
    focusSoon('build-status');
  };

  return (
    <>
      <p class="intro">{msg('reviewIntro', lang)}</p>
      <section class="block" aria-labelledby="review-summary">
        <h3 id="review-summary">{msg('summary', lang)}</h3>
        <p class="plan-name">{plan.name || msg('untitled', lang)}</p>
        <p>
          {msg('summaryCounts', lang, {
            so: draft.objectives.length,
            oo: operational.length,
            kpis: kpiCount,
          })}
        </p>
      </section>
      <section class="block" aria-labelledby="review-smart">
        <h3 id="review-smart">{msg('smartWarnings', lang)}</h3>
        {weak.length === 0 ? (
          <p>{msg('allSmart', lang)}</p>
        ) : (
          <ul class="problems">
            {weak.map((o) => (
              <li key={o.path}>
                <span class="where">{pathLabel(o.path, lang)}</span> —{' '}
                {msg('smartScore', lang, { score: o.result.score })}
                {Object.values(o.result.hints).length > 0 && (
                  <span class="smart-hint"> · {Object.values(o.result.hints).join(' · ')}</span>
                )}{' '}
                <button type="button" class="link" onClick={() => goTo('objectives', o.path)}>
                  {msg('fix', lang)}
                  <span class="sr-only"> : {pathLabel(o.path, lang)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="block" aria-labelledby="review-sheets">
        <h3 id="review-sheets">{msg('sheetsToWrite', lang)}</h3>
        <ul>
          {builtSheets(sheetNames, plan.language).map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </section>
      {planWarnings.length > 0 && (
        <section class="block" aria-labelledby="review-warnings">
          <h3 id="review-warnings">{msg('attention', lang)}</h3>
          <ProblemList problems={planWarnings} lang={lang} goTo={goTo} />
        </section>
      )}
      {planProblems.length > 0 && (
        <section class="block" aria-labelledby="review-problems">
          <h3 id="review-problems">{msg('toFix', lang)}</h3>
          <ProblemList problems={planProblems} lang={lang} goTo={goTo} />
        </section>
      )}
      <button
        type="button"
        class="primary"
        id="build"
        disabled={planProblems.length > 0 || build.phase === 'building'}
        onClick={runBuild}
      >
        {msg('build', lang)}
      </button>
      <div id="build-status" tabIndex={-1} role="status" aria-live="polite" class="build-status">
        {build.phase === 'building' && (
          <>
            <progress aria-label={msg('building', lang)} />
            <p>{msg('building', lang)}</p>
          </>
        )}
        {build.phase === 'done' && (
          <>
            <p class="success">{msg(build.result.rebuilt ? 'rebuilt' : 'built', lang)}</p>
            <p>
              {msg('builtDetail', lang, { n: build.result.kpiCount, sheets: build.result.sheets.join(', ') })}
            </p>
            {build.result.report.map((line) => (
              <p key={line}>{line}</p>
            ))}
            {build.result.warnings.length > 0 && (
              <>
                <h3>{msg('warnings', lang)}</h3>
                <ul>
                  {build.result.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              </>
            )}
            <button
              type="button"
              onClick={() => {
                const name = scorecardSheet(sheetNames, build.result.sheets);
                if (name) void callServer('showSheet', name);
              }}
            >
              {msg('openScorecard', lang)}
            </button>
          </>
        )}
        {build.phase === 'refused' && (
          <div role="alert">
            <p>{msg('serverProblems', lang)}</p>
            <ProblemList problems={build.problems} lang={lang} goTo={goTo} />
          </div>
        )}
        {build.phase === 'failed' && <p role="alert">{msg('buildFailed', lang, { error: build.error })}</p>}
      </div>
      <ExportTemplate lang={lang} plan={plan} />
    </>
  );
}
