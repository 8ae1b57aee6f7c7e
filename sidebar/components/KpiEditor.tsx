import type { Lang } from '../../src/core/i18n';
import { listKpis } from '../../src/core/kpiLibrary';
import { sourceWord } from '../../src/core/libraryWords';
import {
  KPI_AGGREGATIONS as AGGREGATIONS,
  KPI_DIRECTIONS as DIRECTIONS,
  KPI_UNITS as UNITS,
} from '../../src/core/rpc/enums';
import type { KpiDraft } from '../../src/core/rpc/draft';
import { understoodNumber } from '../draft/numbers';
import { enumLabel, msg } from '../i18n';
import { SelectField, TextField } from './Field';

/** "Lu : 1 234,5" under a number field, so a misread shows as it is typed. */
function understoodHint(text: string, planLang: Lang, lang: Lang, suffix: string): string | undefined {
  const shown = understoodNumber(text, planLang, suffix);
  // Plain digits need no echo; anything with a separator, a sign or a symbol does ("200,000", "£38").
  return shown === undefined || /^\d+$/.test(text.trim())
    ? undefined
    : msg('understood', lang, { value: shown });
}

/** The fields of one KPI of the plan, each with its inline message. */
export function KpiEditor(props: {
  kpi: KpiDraft;
  path: string;
  index: number;
  lang: Lang;
  /** The plan's language: how typed numbers are read ("200,000" is 200000 in English). */
  planLang: Lang;
  problems: ReadonlyMap<string, string>;
  warnings: ReadonlyMap<string, string>;
  onChange: (patch: Partial<KpiDraft>) => void;
  onRemove: () => void;
}) {
  const { kpi, path, lang, problems, warnings, onChange } = props;
  const percent = kpi.unit === 'percent';
  const numberField = (
    field: 'baseline' | 'target' | 'band' | 'weight',
    inPercent: boolean,
    required = false,
  ) => (
    <TextField
      path={`${path}.${field}`}
      label={inPercent ? `${msg(field, lang)} (${msg('inPercent', lang)})` : msg(field, lang)}
      value={kpi[field]}
      inputMode="decimal"
      required={required}
      onValue={(value) => onChange({ [field]: value })}
      error={problems.get(`${path}.${field}`)}
      hint={understoodHint(kpi[field], props.planLang, lang, inPercent ? '%' : '')}
      warning={warnings.get(`${path}.${field}`)}
    />
  );
  const title = kpi.name.trim() || `KPI ${props.index + 1}`;
  return (
    <fieldset class="kpi">
      <legend>{title}</legend>
      <TextField
        path={`${path}.name`}
        label={msg('kpiName', lang)}
        value={kpi.name}
        required
        onValue={(name) => onChange({ name })}
        error={problems.get(`${path}.name`)}
      />
      <SelectField
        path={`${path}.unit`}
        label={msg('unit', lang)}
        value={kpi.unit}
        options={UNITS.map((u) => ({ value: u, label: enumLabel(u, lang) }))}
        onValue={(v) => onChange({ unit: v as KpiDraft['unit'] })}
      />
      {/* One per line: "Plus haut = mieux" would be clipped at half of a 300 px sidebar. */}
      <SelectField
        path={`${path}.direction`}
        label={msg('direction', lang)}
        value={kpi.direction}
        options={DIRECTIONS.map((u) => ({ value: u, label: enumLabel(u, lang) }))}
        onValue={(v) => onChange({ direction: v as KpiDraft['direction'] })}
      />
      <SelectField
        path={`${path}.aggregation`}
        label={msg('aggregation', lang)}
        value={kpi.aggregation}
        options={AGGREGATIONS.map((u) => ({ value: u, label: enumLabel(u, lang) }))}
        onValue={(v) => onChange({ aggregation: v as KpiDraft['aggregation'] })}
      />
      <div class="row">
        {numberField('baseline', percent)}
        {numberField('target', percent, true)}
      </div>
      <TextField
        path={`${path}.deadline`}
        type="date"
        label={msg('deadline', lang)}
        value={kpi.deadline}
        onValue={(deadline) => onChange({ deadline })}
        error={problems.get(`${path}.deadline`)}
      />
      <div class="row">
        {numberField('band', false)}
        {numberField('weight', false)}
      </div>
      <TextField
        path={`${path}.owner`}
        label={msg('owner', lang)}
        value={kpi.owner}
        onValue={(owner) => onChange({ owner })}
        error={problems.get(`${path}.owner`)}
      />
      <TextField
        path={`${path}.source`}
        label={msg('source', lang)}
        value={kpi.source}
        list="kpi-sources"
        onValue={(source) => onChange({ source })}
        error={problems.get(`${path}.source`)}
      />
      <TextField
        path={`${path}.milestones`}
        label={msg('milestones', lang)}
        value={kpi.milestones ?? ''}
        hint={msg('milestonesHint', lang)}
        onValue={(milestones) => onChange({ milestones })}
        error={problems.get(`${path}.milestones`)}
      />
      <button type="button" class="danger link" onClick={props.onRemove}>
        {msg('removeKpi', lang, { name: title })}
      </button>
    </fieldset>
  );
}

/** One datalist for every source field: the sources the library's KPIs name. */
export function SourceList(props: { lang: Lang }) {
  const sources = [
    ...new Set(listKpis().flatMap((k) => k.sources.map((s) => sourceWord(s, props.lang)))),
  ].sort();
  return (
    <datalist id="kpi-sources">
      {sources.map((s) => (
        <option key={s} value={s} />
      ))}
    </datalist>
  );
}
