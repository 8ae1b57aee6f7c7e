import { type Lang, t } from '../core/i18n';
import type { KpiPlan, PlanBranding } from '../core/plan/schema';
import { BRANDING_LABELS, HEADER_BACKGROUND, TAB_COLORS } from './labels';
import type { CellSpec, SheetRole } from './spec';

// A plan's optional branding as the sheets show it: a "prepared by … for …" line in each title row, and
// the accent colour on the table headers and the tabs. Pure; every sheet reads it from here so the
// three agree. The line is user text: it reaches the applier as a plain string, which it always writes
// as literal text (an agency called "=HYPERLINK(…)" stays those characters).

/**
 * Fills `{agency}` and `{client}` in one pass, with a function replacement: the names are user text, so
 * neither `$&` in them nor an agency called "{client}" may be read as part of the template.
 */
function fill(template: string, parts: Readonly<Record<string, string>>): string {
  return template.replace(/\{(agency|client)\}/g, (placeholder, key: string) => parts[key] ?? placeholder);
}

/** « Préparé par {agency} pour {client} », with whichever parts the plan has; undefined without either. */
export function brandingLine(branding: PlanBranding | undefined, lang: Lang): string | undefined {
  const agency = branding?.agency;
  const client = branding?.client;
  if (agency !== undefined && client !== undefined)
    return fill(t(BRANDING_LABELS.byFor, lang), { agency, client });
  if (agency !== undefined) return fill(t(BRANDING_LABELS.by, lang), { agency });
  if (client !== undefined) return fill(t(BRANDING_LABELS.for, lang), { client });
  return undefined;
}

/** WCAG 2 relative luminance of a `#RRGGBB` colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

export const BLACK = '#000000';
export const WHITE = '#ffffff';

/**
 * Black or white, whichever contrasts more with the background (WCAG contrast ratio). The two ratios
 * are equal at a luminance of about 0.179: a mid blue (#0055AA) takes white, a yellow (#FFD700) black.
 */
export function readableTextOn(hex: string): typeof BLACK | typeof WHITE {
  const l = relativeLuminance(hex);
  const onWhite = 1.05 / (l + 0.05);
  const onBlack = (l + 0.05) / 0.05;
  return onWhite > onBlack ? WHITE : BLACK;
}

/**
 * The look of a table header: KPI Kit's light grey with Sheets' default (black) text, or the accent
 * colour with black or white text. Both carry only background and font colour, properties every
 * built sheet already writes, so a branded build makes exactly the calls of an unbranded one.
 */
export function headerColours(plan: KpiPlan): Pick<CellSpec, 'background' | 'fontColor'> {
  const accent = plan.branding?.accentColor;
  return accent
    ? { background: accent, fontColor: readableTextOn(accent) }
    : { background: HEADER_BACKGROUND };
}

/** The tab colour of a built sheet: the accent colour for all three, else KPI Kit's colour per role. */
export function tabColor(plan: KpiPlan, role: SheetRole): string {
  return plan.branding?.accentColor ?? TAB_COLORS[role];
}

/** `text · Préparé par …` (or `Préparé par … · text`) when the plan is branded, `text` otherwise. */
export function withBrandingLine(
  text: string,
  plan: KpiPlan,
  lang: Lang,
  where: 'after' | 'before' = 'after',
): string {
  const line = brandingLine(plan.branding, lang);
  if (line === undefined) return text;
  return where === 'after' ? `${text} · ${line}` : `${line} · ${text}`;
}
