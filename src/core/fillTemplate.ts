/**
 * A message template with `{name}` placeholders, filled in one pass: each placeholder becomes its value
 * as text. A placeholder without a value stays as written, so a forgotten value shows in the message
 * rather than vanishing; values are never read as templates (a client named "{agency}" stays as typed).
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
