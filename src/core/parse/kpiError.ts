import { calendarDateOfLocal, formatIsoDate, isDateObject } from '../calendarDate';
import { fillTemplate } from '../fillTemplate';
import { type Lang, t } from '../i18n';
import { MESSAGES, type MessageKey } from './messages';

export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * A problem with what the user gave a custom function. It carries a message key and params rather than
 * finished text, so the edge can render it in the spreadsheet's language, and only when it happens
 * (finding the language costs a round trip). Its own `message` is the English rendering, so it is
 * readable even where no one renders it.
 */
export class KpiError extends Error {
  override readonly name = 'KpiError';

  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(renderMessage(key, params, 'en'));
  }

  render(lang: Lang): string {
    return renderMessage(this.key, this.params, lang);
  }
}

export function renderMessage(key: MessageKey, params: MessageParams, lang: Lang): string {
  return fillTemplate(t(MESSAGES[key], lang), params);
}

/** A cell as a message shows it: text as typed, dates in ISO, booleans as Sheets writes them. */
export function describeCell(value: unknown): string {
  if (isDateObject(value))
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : formatIsoDate(calendarDateOfLocal(value));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (Array.isArray(value)) return 'range';
  const text = String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
