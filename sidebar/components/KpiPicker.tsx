import { useContext, useMemo, useState } from 'preact/hooks';
import type { Lang } from '../../src/core/i18n';
import { findKpisInText } from '../../src/core/kpiLibrary';
import { searchLibrary } from '../draft/search';
import { KpiTextsContext, type LibraryEntry } from '../library';
import {
  FUNNEL_STAGES,
  KPI_CATEGORIES as CATEGORIES,
  KPI_CHANNELS as CHANNELS,
} from '../../src/core/rpc/enums';
import { enumLabel, msg } from '../i18n';
import { fieldId } from './Field';

const MAX_SHOWN = 8;
/** Suggestions shown at most: every KPI the objective names, then its parent's, while relevant. */
const MAX_SUGGESTED = 6;

type SuggestionReason = 'suggestedOwn' | 'suggestedParent';

/**
 * The KPIs to suggest for an operational objective: first those its own words name ("Augmenter le panier
 * moyen de 32 € à 38 €" → Panier moyen), then those its strategic objective names, each once, with why.
 */
export function suggestKpis(
  own: string,
  parent: string,
  taken: ReadonlySet<string>,
): { kpi: LibraryEntry; reason: SuggestionReason }[] {
  const seen = new Set(taken);
  const out: { kpi: LibraryEntry; reason: SuggestionReason }[] = [];
  for (const [text, reason] of [
    [own, 'suggestedOwn'],
    [parent, 'suggestedParent'],
  ] as const) {
    for (const kpi of findKpisInText(text)) {
      if (seen.has(kpi.id) || out.length >= MAX_SUGGESTED) continue;
      seen.add(kpi.id);
      out.push({ kpi, reason });
    }
  }
  return out;
}

function KpiChoice({
  kpi,
  lang,
  onPick,
  reason,
}: {
  kpi: LibraryEntry;
  lang: Lang;
  onPick: (k: LibraryEntry) => void;
  reason?: SuggestionReason;
}) {
  const texts = useContext(KpiTextsContext)[kpi.id];
  return (
    <li class="choice">
      <span class="choice-name">{kpi.name[lang]}</span>
      {reason && <span class="choice-why">{msg(reason, lang)}</span>}
      <span class="choice-meta">
        {enumLabel(kpi.unit, lang)} · {enumLabel(kpi.direction, lang)}
      </span>
      {texts && (
        <span class="choice-def">
          {texts.definition[lang]} <span class="choice-formula">({texts.formula[lang]})</span>
        </span>
      )}
      <button type="button" onClick={() => onPick(kpi)}>
        {msg('addKpi', lang, { name: kpi.name[lang] })}
      </button>
    </li>
  );
}

/**
 * Adds KPIs to one operational objective: suggestions drawn from the objective's own words, a search
 * of the library with filters, or a custom KPI.
 */
export function KpiPicker(props: {
  path: string;
  /** The operational objective's own words, which rank first, and its strategic objective's. */
  objectiveText: string;
  parentText: string;
  taken: ReadonlySet<string>;
  lang: Lang;
  error?: string | undefined;
  onPick: (kpi: LibraryEntry) => void;
  onCustom: () => void;
}) {
  const { lang, path } = props;
  const [query, setQuery] = useState('');
  const [channel, setChannel] = useState('');
  const [stage, setStage] = useState('');
  const [category, setCategory] = useState('');
  const suggestions = useMemo(
    () => suggestKpis(props.objectiveText, props.parentText, props.taken),
    [props.objectiveText, props.parentText, props.taken],
  );
  const texts = useContext(KpiTextsContext);
  const results = useMemo(
    () => searchLibrary(query, { channel, stage, category }, texts).filter((k) => !props.taken.has(k.id)),
    [query, channel, stage, category, props.taken, texts],
  );
  const base = fieldId(path);
  const filter = (
    id: string,
    label: string,
    value: string,
    set: (v: string) => void,
    options: readonly string[],
  ) => (
    <div class="field small">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => set((e.currentTarget as HTMLSelectElement).value)}>
        <option value="">{msg('all', lang)}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {enumLabel(o, lang)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div class="picker">
      {suggestions.length > 0 && (
        <>
          <h5>{msg('suggestions', lang)}</h5>
          <ul class="choices">
            {suggestions.map((s) => (
              <KpiChoice key={s.kpi.id} kpi={s.kpi} lang={lang} onPick={props.onPick} reason={s.reason} />
            ))}
          </ul>
        </>
      )}
      <details>
        <summary>{msg('pickKpi', lang)}</summary>
        <div class="field">
          <label for={base}>{msg('searchLibrary', lang)}</label>
          <input
            id={base}
            type="search"
            value={query}
            aria-describedby={props.error ? `${base}-err` : `${base}-count`}
            onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <div class="row three">
          {filter(`${base}-channel`, msg('channel', lang), channel, setChannel, CHANNELS)}
          {filter(`${base}-stage`, msg('stage', lang), stage, setStage, FUNNEL_STAGES)}
          {filter(`${base}-category`, msg('category', lang), category, setCategory, CATEGORIES)}
        </div>
        <p class="hint" id={`${base}-count`} aria-live="polite">
          {msg('results', lang, { n: results.length })}
        </p>
        <ul class="choices">
          {results.slice(0, MAX_SHOWN).map((k) => (
            <KpiChoice key={k.id} kpi={k} lang={lang} onPick={props.onPick} />
          ))}
        </ul>
        {results.length > MAX_SHOWN && (
          <p class="hint">{msg('moreResults', lang, { n: results.length - MAX_SHOWN })}</p>
        )}
      </details>
      {props.error && (
        <p class="error" id={`${base}-err`}>
          {props.error}
        </p>
      )}
      <button type="button" class="add" id={`${base}-custom`} onClick={props.onCustom}>
        <span aria-hidden="true">+ </span>
        {msg('customKpi', lang)}
      </button>
    </div>
  );
}
