import type { Lang } from '../../src/core/i18n';
import type { Problem } from '../../src/core/rpc/api';
import { msg } from '../i18n';
import { pathLabel } from '../problems';

/**
 * Where a template is wrong: a plan field in words ("Objectif opérationnel 1.2 › KPI 1 › Cible"), then
 * its JSON path, small, for whoever fixes the file by hand. Envelope fields (`name`, `version`...) and
 * fields the wizard has no words for show the JSON path alone.
 */
function ProblemPlace(props: { path: string; lang: Lang }) {
  const inPlan = props.path.startsWith('plan.') ? props.path.slice(5) : null;
  const words = inPlan === null ? null : pathLabel(inPlan, props.lang);
  if (words === null || words === inPlan) return <>{props.path}</>;
  return (
    <>
      <span class="where">{words}</span> <code>{props.path}</code>
    </>
  );
}

/**
 * A refused template (import or export), as an alert: what was refused, then each problem: its place,
 * the language's colon, the message.
 */
export function Refusal(props: { title: string; problems: readonly Problem[]; lang: Lang }) {
  return (
    <div role="alert" class="error">
      <p>{props.title}</p>
      <ul class="problems">
        {props.problems.map((p, i) => (
          <li key={i}>
            <ProblemPlace path={p.path} lang={props.lang} />
            {p.path && msg('colon', props.lang)}
            {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
