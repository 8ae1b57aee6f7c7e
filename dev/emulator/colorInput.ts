/**
 * Colours written by script code ("red", "#F00", null) as Apps Script stores and returns them:
 * lower-case "#rrggbb"; undefined means "back to the default".
 */
import { normalizeColor } from './view/colors';

export function normalizeColorInput(value: unknown, _name: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  return normalizeColor(String(value)) ?? undefined;
}
