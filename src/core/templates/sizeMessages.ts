import type { Lang, Translated } from '../i18n';
import { TEMPLATE_MAX_BYTES } from './limits';

// The template-size messages, in the one zod-free place both the page (which refuses a big file before
// sending it) and the server (which refuses whatever reaches it anyway) read, so the user sees the
// same sentence whichever one catches the file.

/** Sizes in whole kilobytes, rounded up, so 1 000 001 bytes never reads as the 1 000 kB limit. */
export function kilobytes(bytes: number, lang: Lang): string {
  const digits = String(Math.ceil(bytes / 1000)).replace(
    /\B(?=(\d{3})+(?!\d))/g,
    lang === 'fr' ? '\u202f' : ',',
  );
  return `${digits} ${lang === 'fr' ? 'ko' : 'kB'}`;
}

/** A template file over TEMPLATE_MAX_BYTES of UTF-8: its size, the limit, what to check. */
export function templateTooLarge(bytes: number): Translated {
  const say = (lang: Lang): string =>
    lang === 'fr'
      ? `Fichier trop volumineux (${kilobytes(bytes, lang)}) : un modèle fait au plus ${kilobytes(TEMPLATE_MAX_BYTES, lang)} ; vérifiez que c’est bien un modèle KPI Kit. Rien n’a été importé.`
      : `File too large (${kilobytes(bytes, lang)}): a template is at most ${kilobytes(TEMPLATE_MAX_BYTES, lang)}; check that this is a KPI Kit template. Nothing was imported.`;
  return { fr: say('fr'), en: say('en') };
}
