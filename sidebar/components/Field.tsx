import type { ComponentChildren } from 'preact';

import { fieldId } from '../fieldId';

// Plain TypeScript of its own, so tests outside the page can name a field's id without loading Preact.
export { fieldId };

interface Common {
  path: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  /** Allowed but probably a slip: shown like a hint, in the warning style. */
  warning?: string | undefined;
}

function Describe({
  id,
  error,
  hint,
  warning,
}: {
  id: string;
  error?: string | undefined;
  hint?: string | undefined;
  warning?: string | undefined;
}) {
  return (
    <>
      {warning && (
        <span class="warning" id={`${id}-warn`}>
          {warning}
        </span>
      )}
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span class="error" id={`${id}-err`}>
          {error}
        </span>
      )}
    </>
  );
}

function describedBy(
  id: string,
  error?: string,
  hint?: string,
  extra?: string,
  warning?: string,
): string | undefined {
  const ids = [hint ? `${id}-hint` : '', warning ? `${id}-warn` : '', error ? `${id}-err` : '', extra ?? '']
    .filter(Boolean)
    .join(' ');
  return ids || undefined;
}

export function TextField(
  props: Common & {
    value: string;
    onValue: (value: string) => void;
    type?: 'text' | 'date';
    multiline?: boolean;
    placeholder?: string;
    list?: string;
    inputMode?: 'decimal' | 'text';
    required?: boolean;
    /** Another element that describes the control (e.g. its SMART score). */
    describedBy?: string;
  },
) {
  const id = fieldId(props.path);
  const shared = {
    id,
    value: props.value,
    placeholder: props.placeholder,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy(id, props.error, props.hint, props.describedBy, props.warning),
    'aria-required': props.required ? true : undefined,
    onInput: (e: Event) => props.onValue((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class={`field${props.error ? ' invalid' : ''}`}>
      <label for={id}>{props.label}</label>
      {props.multiline ? (
        <textarea rows={3} {...shared} />
      ) : (
        <input type={props.type ?? 'text'} list={props.list} inputMode={props.inputMode} {...shared} />
      )}
      <Describe id={id} error={props.error} hint={props.hint} warning={props.warning} />
    </div>
  );
}

export function SelectField(
  props: Common & {
    value: string;
    options: readonly { value: string; label: string }[];
    onValue: (value: string) => void;
  },
) {
  const id = fieldId(props.path);
  return (
    <div class={`field${props.error ? ' invalid' : ''}`}>
      <label for={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props.error, props.hint)}
        onChange={(e) => props.onValue((e.currentTarget as HTMLSelectElement).value)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Describe id={id} error={props.error} hint={props.hint} />
    </div>
  );
}

export function Section(props: { title: string; children: ComponentChildren; level?: 3 | 4 }) {
  const Heading = props.level === 4 ? 'h4' : 'h3';
  return (
    <section class="block">
      <Heading>{props.title}</Heading>
      {props.children}
    </section>
  );
}
