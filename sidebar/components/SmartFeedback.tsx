import { useMemo } from 'preact/hooks';
import type { Lang } from '../../src/core/i18n';
import type { OperationalDraft } from '../../src/core/rpc/draft';
import { SMART_CRITERIA } from '../../src/core/smart';
import { smartOf } from '../draft/smart';
import { msg } from '../i18n';

/**
 * The SMART check of one objective, recomputed as the user types, by the same core code as the
 * SMART_CHECK custom function. Each criterion says met / missing in words (not only by colour), with
 * the hint of what to add.
 */
export function SmartFeedback({
  objective,
  lang,
  id,
  operational,
  planLang,
}: {
  objective: string;
  /** How the KPIs' typed numbers are read. */
  planLang?: Lang;
  lang: Lang;
  id: string;
  /** For an operational objective: its KPIs supply the numbers (as in the Objectives sheet). */
  operational?: OperationalDraft;
}) {
  const result = useMemo(
    () => smartOf(objective, lang, operational, planLang),
    [objective, lang, operational, planLang],
  );
  return (
    <div class="smart" id={id} data-score={result.score}>
      <p class="smart-score" id={`${id}-score`}>
        <span aria-hidden="true" class={`meter s${result.score}`} />
        {msg('smartScore', lang, { score: result.score })}
      </p>
      <ul class="smart-list">
        {SMART_CRITERIA.map((criterion) => {
          const ok = result.criteria[criterion];
          const hint = result.hints[criterion];
          return (
            <li key={criterion} class={ok ? 'ok' : 'ko'} data-criterion={criterion}>
              <span aria-hidden="true" class="mark">
                {ok ? '✓' : '○'}
              </span>
              <strong>{msg(criterion, lang)}</strong>
              {lang === 'fr' ? '\u00a0: ' : ': '}
              {ok ? msg('met', lang) : msg('notMet', lang)}
              {!ok && hint ? <span class="smart-hint"> — {hint}</span> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
