import { moveItem, updateStrategic } from '../draft/ops';
import { newOperational, newStrategic } from '../draft/newDraft';
import { fieldId, TextField } from '../components/Field';
import { SmartFeedback } from '../components/SmartFeedback';
import { msg } from '../i18n';
import { focusSoon } from '../focus';
import type { StepProps } from './types';

function Toolbar(props: {
  what: string;
  idBase: string;
  index: number;
  count: number;
  lang: StepProps['lang'];
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { what, idBase, index, count, lang } = props;
  return (
    <div class="toolbar">
      <button
        type="button"
        id={`${idBase}-up`}
        aria-label={msg('moveUp', lang, { what })}
        disabled={index === 0}
        onClick={() => props.onMove(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        id={`${idBase}-down`}
        aria-label={msg('moveDown', lang, { what })}
        disabled={index === count - 1}
        onClick={() => props.onMove(1)}
      >
        ↓
      </button>
      <button
        type="button"
        class="danger"
        aria-label={msg('remove', lang, { what })}
        onClick={props.onRemove}
      >
        ✕
      </button>
    </div>
  );
}

export function ObjectivesStep({ draft, lang, edit, remove, problems }: StepProps) {
  const addStrategic = () => {
    const so = newStrategic(draft);
    edit((d) => ({ ...d, objectives: [...d.objectives, so] }));
    focusSoon(fieldId(`objectives[${draft.objectives.length}].title`));
  };
  return (
    <>
      <p class="intro">{msg('objectivesIntro', lang)}</p>
      {draft.objectives.map((so, i) => {
        const soPath = `objectives[${i}]`;
        const soLabel = msg('strategicN', lang, { n: i + 1 });
        return (
          <section class="objective strategic" key={so.id} aria-label={soLabel}>
            <TextField
              path={`${soPath}.title`}
              label={soLabel}
              value={so.title}
              multiline
              required
              placeholder={msg('objectivePlaceholder', lang)}
              describedBy={`smart-${so.id}-score`}
              onValue={(title) => edit((d) => updateStrategic(d, so.id, (s) => ({ ...s, title })))}
              error={problems.get(`${soPath}.title`)}
            />
            <SmartFeedback objective={so.title} lang={lang} id={`smart-${so.id}`} />
            <Toolbar
              what={soLabel}
              idBase={`so-${so.id}`}
              index={i}
              count={draft.objectives.length}
              lang={lang}
              onMove={(delta) => {
                edit((d) => ({ ...d, objectives: moveItem(d.objectives, i, delta) }));
                focusSoon(
                  `so-${so.id}-${delta < 0 ? 'up' : 'down'}`,
                  fieldId(`objectives[${i + delta}].title`),
                );
              }}
              onRemove={() => {
                remove(soLabel, (d) => ({ ...d, objectives: d.objectives.filter((x) => x.id !== so.id) }));
                focusSoon(fieldId('objectives'));
              }}
            />
            <div class="children">
              {so.operational.map((oo, j) => {
                const ooPath = `${soPath}.operational[${j}]`;
                const ooLabel = msg('operationalN', lang, { n: i + 1, m: j + 1 });
                return (
                  <div class="objective operational" key={oo.id}>
                    <TextField
                      path={`${ooPath}.title`}
                      label={ooLabel}
                      value={oo.title}
                      multiline
                      required
                      placeholder={msg('objectivePlaceholder', lang)}
                      describedBy={`smart-${oo.id}-score`}
                      onValue={(title) =>
                        edit((d) =>
                          updateStrategic(d, so.id, (s) => ({
                            ...s,
                            operational: s.operational.map((o) => (o.id === oo.id ? { ...o, title } : o)),
                          })),
                        )
                      }
                      error={problems.get(`${ooPath}.title`)}
                    />
                    <SmartFeedback
                      objective={oo.title}
                      lang={lang}
                      id={`smart-${oo.id}`}
                      operational={oo}
                      planLang={draft.context.language}
                    />
                    <Toolbar
                      what={ooLabel}
                      idBase={`oo-${oo.id}`}
                      index={j}
                      count={so.operational.length}
                      lang={lang}
                      onMove={(delta) => {
                        edit((d) =>
                          updateStrategic(d, so.id, (s) => ({
                            ...s,
                            operational: moveItem(s.operational, j, delta),
                          })),
                        );
                        focusSoon(
                          `oo-${oo.id}-${delta < 0 ? 'up' : 'down'}`,
                          fieldId(`${soPath}.operational[${j + delta}].title`),
                        );
                      }}
                      onRemove={() => {
                        remove(ooLabel, (d) =>
                          updateStrategic(d, so.id, (s) => ({
                            ...s,
                            operational: s.operational.filter((o) => o.id !== oo.id),
                          })),
                        );
                        focusSoon(fieldId(`${soPath}.operational`));
                      }}
                    />
                  </div>
                );
              })}
              {problems.get(`${soPath}.operational`) && (
                <p class="error" id={`${fieldId(`${soPath}.operational`)}-err`}>
                  {problems.get(`${soPath}.operational`)}
                </p>
              )}
              <button
                type="button"
                class="add"
                id={fieldId(`${soPath}.operational`)}
                aria-describedby={
                  problems.get(`${soPath}.operational`)
                    ? `${fieldId(`${soPath}.operational`)}-err`
                    : undefined
                }
                onClick={() => {
                  const oo = newOperational(draft);
                  edit((d) =>
                    updateStrategic(d, so.id, (s) => ({ ...s, operational: [...s.operational, oo] })),
                  );
                  focusSoon(fieldId(`${soPath}.operational[${so.operational.length}].title`));
                }}
              >
                <span aria-hidden="true">+ </span>
                {msg('addOperational', lang)}
              </button>
            </div>
          </section>
        );
      })}
      {problems.get('objectives') && (
        <p class="error" id="f-objectives-err">
          {problems.get('objectives')}
        </p>
      )}
      <button
        type="button"
        class="add"
        id={fieldId('objectives')}
        aria-describedby={problems.get('objectives') ? 'f-objectives-err' : undefined}
        onClick={addStrategic}
      >
        <span aria-hidden="true">+ </span>
        {msg('addStrategic', lang)}
      </button>
    </>
  );
}
