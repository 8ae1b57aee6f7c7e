import { fieldId } from '../components/Field';
import { KpiEditor, SourceList } from '../components/KpiEditor';
import { KpiPicker } from '../components/KpiPicker';
import { customKpi, kpiFromLibrary } from '../draft/newDraft';
import { updateKpi, updateOperational } from '../draft/ops';
import { focusSoon } from '../focus';
import { msg } from '../i18n';
import type { StepProps } from './types';

export function KpisStep({ draft, lang, edit, remove, problems, warnings }: StepProps) {
  const hasOperational = draft.objectives.some((so) => so.operational.length > 0);
  if (!hasOperational) return <p class="intro">{msg('noOperational', lang)}</p>;
  return (
    <>
      <p class="intro">{msg('kpisIntro', lang)}</p>
      <SourceList lang={lang} />
      {draft.objectives.map((so, i) =>
        so.operational.map((oo, j) => {
          const ooPath = `objectives[${i}].operational[${j}]`;
          const label = msg('operationalN', lang, { n: i + 1, m: j + 1 });
          // A library KPI can measure several objectives, but once per objective.
          const taken = new Set(oo.kpis.map((k) => k.libraryId ?? ''));
          return (
            <section class="block" key={oo.id} aria-labelledby={`kpis-${oo.id}`}>
              <h3 id={`kpis-${oo.id}`}>{label}</h3>
              <p class="objective-text">{oo.title.trim() || '—'}</p>
              {oo.kpis.map((kpi, n) => (
                <KpiEditor
                  key={kpi.id}
                  kpi={kpi}
                  index={n}
                  path={`${ooPath}.kpis[${n}]`}
                  lang={lang}
                  planLang={draft.context.language}
                  context={draft.context}
                  objectiveText={oo.title}
                  problems={problems}
                  warnings={warnings}
                  onChange={(patch) => edit((d) => updateKpi(d, oo.id, kpi.id, patch))}
                  onRemove={() => {
                    remove(kpi.name.trim() || `KPI ${n + 1}`, (d) =>
                      updateOperational(d, oo.id, (o) => ({
                        ...o,
                        kpis: o.kpis.filter((k) => k.id !== kpi.id),
                      })),
                    );
                    focusSoon(`${fieldId(`${ooPath}.kpis`)}-custom`);
                  }}
                />
              ))}
              <KpiPicker
                path={`${ooPath}.kpis`}
                objectiveText={oo.title}
                parentText={so.title}
                taken={taken}
                lang={lang}
                error={problems.get(`${ooPath}.kpis`)}
                onPick={(def) => {
                  const kpi = kpiFromLibrary(draft, def, lang);
                  edit((d) => updateOperational(d, oo.id, (o) => ({ ...o, kpis: [...o.kpis, kpi] })));
                  focusSoon(fieldId(`${ooPath}.kpis[${oo.kpis.length}].target`));
                }}
                onCustom={() => {
                  const kpi = customKpi(draft);
                  edit((d) => updateOperational(d, oo.id, (o) => ({ ...o, kpis: [...o.kpis, kpi] })));
                  focusSoon(fieldId(`${ooPath}.kpis[${oo.kpis.length}].name`));
                }}
              />
            </section>
          );
        }),
      )}
    </>
  );
}
