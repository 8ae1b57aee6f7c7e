import type { PlanContextDraft } from '../../src/core/rpc/draft';
import { FREQUENCIES } from '../../src/core/rpc/enums';
import { SelectField, TextField, fieldId } from '../components/Field';
import { msg } from '../i18n';
import type { StepProps } from './types';

export function ContextStep({ draft, lang, edit, problems }: StepProps) {
  const c = draft.context;
  const set = (patch: Partial<PlanContextDraft>) =>
    edit((d) => ({ ...d, context: { ...d.context, ...patch } }));
  return (
    <>
      <p class="intro">{msg('contextIntro', lang)}</p>
      <TextField
        path="name"
        label={msg('planName', lang)}
        value={c.name}
        required
        onValue={(name) => set({ name })}
        error={problems.get('name')}
      />
      <TextField
        path="strategy"
        label={msg('strategy', lang)}
        value={c.strategy}
        multiline
        onValue={(strategy) => set({ strategy })}
        error={problems.get('strategy')}
      />
      <TextField
        path="goal"
        label={msg('goal', lang)}
        value={c.goal}
        multiline
        onValue={(goal) => set({ goal })}
        error={problems.get('goal')}
      />
      <div class="row">
        <TextField
          path="period.start"
          type="date"
          label={msg('periodStart', lang)}
          value={c.start}
          required
          onValue={(start) => set({ start })}
          error={problems.get('period.start')}
        />
        <TextField
          path="period.end"
          type="date"
          label={msg('periodEnd', lang)}
          value={c.end}
          required
          onValue={(end) => set({ end })}
          error={problems.get('period.end')}
        />
      </div>
      <SelectField
        path="period.frequency"
        label={msg('frequency', lang)}
        value={c.frequency}
        options={FREQUENCIES.map((f) => ({ value: f, label: msg(f, lang) }))}
        onValue={(v) => set({ frequency: v as PlanContextDraft['frequency'] })}
      />
      <label class="check" data-path="period.history">
        <input
          type="checkbox"
          checked={c.history === true}
          aria-describedby="history-hint"
          onChange={(e) => set({ history: (e.currentTarget as HTMLInputElement).checked })}
        />
        {msg('history', lang)}
      </label>
      <p class="hint" id="history-hint">
        {msg('historyHint', lang)}
      </p>
      <div class="row">
        <SelectField
          path="language"
          label={msg('planLanguage', lang)}
          value={c.language}
          options={[
            { value: 'fr', label: 'Français' },
            { value: 'en', label: 'English' },
          ]}
          onValue={(v) => set({ language: v === 'en' ? 'en' : 'fr' })}
        />
        <TextField
          path="currency"
          label={msg('currency', lang)}
          value={c.currency}
          onValue={(currency) => set({ currency })}
          error={problems.get('currency')}
        />
      </div>
      <fieldset class="branding">
        <legend>{msg('branding', lang)}</legend>
        <TextField
          path="branding.agency"
          label={msg('agency', lang)}
          value={c.agency ?? ''}
          onValue={(agency) => set({ agency })}
          error={problems.get('branding.agency')}
        />
        <TextField
          path="branding.client"
          label={msg('client', lang)}
          value={c.client ?? ''}
          onValue={(client) => set({ client })}
          error={problems.get('branding.client')}
        />
        <div class="colour-row">
          <TextField
            path="branding.accentColor"
            label={msg('accentColor', lang)}
            value={c.accentColor ?? ''}
            placeholder="#0055AA"
            hint={msg('accentHint', lang)}
            onValue={(accentColor) => set({ accentColor })}
            error={problems.get('branding.accentColor')}
          />
          {/* The picker and the text are one value. With no colour, the swatch shows "none" (a hatch over
              the grey of KPI Kit's own headers, where the picker opens) rather than a black that is not set. */}
          <input
            type="color"
            id={`${fieldId('branding.accentColor')}-picker`}
            class={HEX.test(c.accentColor ?? '') ? undefined : 'unset'}
            aria-label={msg('accentPicker', lang)}
            title={HEX.test(c.accentColor ?? '') ? undefined : msg('noAccent', lang)}
            value={HEX.test(c.accentColor ?? '') ? (c.accentColor ?? '').toLowerCase() : '#e8eaed'}
            onInput={(e) => set({ accentColor: (e.currentTarget as HTMLInputElement).value.toUpperCase() })}
          />
        </div>
      </fieldset>
    </>
  );
}

const HEX = /^#[0-9a-fA-F]{6}$/;
