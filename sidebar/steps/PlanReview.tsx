import { useEffect, useState } from 'preact/hooks';
import type { ShownFinding } from '../../src/core/rpc/api';
import type { PlanOut } from '../draft/toPlan';
import { type MessageKey, msg } from '../i18n';
import { pathLabel, stepForPath } from '../problems';
import { callServer } from '../server';
import type { StepProps } from './types';

// The plan review on the Review step: what the server's reviewPlan finds in the whole plan (sources,
// owners, channels, funnel, benchmarks...), grouped by severity, each with a "Fix" that opens the field.
// Asked only once the page and the plan schema find nothing to fix: the review reads a valid plan.

type ReviewState =
  | { phase: 'waiting' }
  | { phase: 'loading' }
  | { phase: 'done'; findings: readonly ShownFinding[] }
  | { phase: 'failed'; error: string };

const GROUPS: readonly { severity: ShownFinding['severity']; title: MessageKey }[] = [
  { severity: 'error', title: 'severityError' },
  { severity: 'warning', title: 'severityWarning' },
  { severity: 'tip', title: 'severityTip' },
];

function FindingList(props: {
  findings: readonly ShownFinding[];
  lang: StepProps['lang'];
  goTo: StepProps['goTo'];
}) {
  const { findings, lang, goTo } = props;
  return (
    <ul class="problems findings">
      {findings.map((f) => (
        <li key={`${f.code}:${f.path}`} data-code={f.code}>
          {f.path !== '' && <span class="where">{pathLabel(f.path, lang)}</span>}
          {f.path !== '' && ' — '}
          {f.message} <span class="finding-fix">{f.fix}</span>{' '}
          {f.path !== '' && (
            <button type="button" class="link" onClick={() => goTo(stepForPath(f.path), f.path)}>
              {msg('fix', lang)}
              <span class="sr-only"> : {pathLabel(f.path, lang)}</span>
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

export function PlanReview(props: {
  plan: PlanOut;
  /** Problems still to fix: the review waits for a plan that validates. */
  blocked: boolean;
  lang: StepProps['lang'];
  goTo: StepProps['goTo'];
}) {
  const { plan, blocked, lang, goTo } = props;
  const [review, setReview] = useState<ReviewState>({ phase: 'waiting' });
  useEffect(() => {
    if (blocked) {
      setReview({ phase: 'waiting' });
      return undefined;
    }
    let current = true;
    setReview({ phase: 'loading' });
    // Typing on another step changes the plan; the review asks once the plan stops changing.
    const timer = setTimeout(() => {
      callServer('reviewPlan', plan).then(
        (result) => {
          if (!current) return;
          // A plan the schema refuses: checkPlan's problems are already listed under "To fix".
          setReview({ phase: 'done', findings: result.ok ? result.findings : [] });
        },
        (error: unknown) =>
          current &&
          setReview({ phase: 'failed', error: error instanceof Error ? error.message : String(error) }),
      );
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [plan, blocked]);

  return (
    <section class="block" aria-labelledby="review-plan" aria-busy={review.phase === 'loading'}>
      <h3 id="review-plan">{msg('planReview', lang)}</h3>
      <p class="hint">{msg('planReviewIntro', lang)}</p>
      {review.phase === 'waiting' && <p>{msg('reviewWaits', lang)}</p>}
      {review.phase === 'loading' && <p>{msg('reviewing', lang)}</p>}
      {review.phase === 'failed' && <p role="alert">{msg('reviewFailed', lang, { error: review.error })}</p>}
      {review.phase === 'done' && review.findings.length === 0 && <p>{msg('reviewClean', lang)}</p>}
      {review.phase === 'done' &&
        GROUPS.map(({ severity, title }) => {
          const group = review.findings.filter((f) => f.severity === severity);
          if (group.length === 0) return null;
          const heading = msg(title, lang, { n: group.length });
          // Tips are many on a fresh plan (every baseline and owner to type): folded, so errors and
          // warnings stay in view.
          return severity === 'tip' ? (
            <details key={severity} class={`severity-${severity}`}>
              <summary>{heading}</summary>
              <FindingList findings={group} lang={lang} goTo={goTo} />
            </details>
          ) : (
            <div key={severity} class={`severity-${severity}`}>
              <h4>{heading}</h4>
              <FindingList findings={group} lang={lang} goTo={goTo} />
            </div>
          );
        })}
    </section>
  );
}
