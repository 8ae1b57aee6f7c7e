/** Languages KPI Kit speaks. French first: most of our users write in French. */
export const LANGUAGES = ['fr', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

/**
 * Maps a Google locale ("fr", "fr_CA", "en-GB", "") to a language we speak.
 * Anything that is not French falls back to English, the lingua franca of the rest of our users.
 */
export function languageFromLocale(locale: string | null | undefined): Lang {
  return /^fr(?:[-_]|$)/i.test((locale ?? '').trim()) ? 'fr' : 'en';
}

/** A message in every language we speak; the compiler refuses a missing translation. */
export type Translated = Readonly<Record<Lang, string>>;

export function t(message: Translated, lang: Lang): string {
  return message[lang];
}
