import type { Lang, Translated } from '../i18n';

/** One thing wrong with a template file: where (`plan.objectives[0].title`, '' for the file) and what. */
export interface TemplateProblem {
  readonly path: string;
  /** What is wrong, the value found and the fix, in both languages: the reader shows the user's. */
  readonly message: Translated;
}

/** The one-line form users see: `path: message`, or the message alone for the file as a whole. */
export function formatTemplateProblem(problem: TemplateProblem, lang: Lang): string {
  return problem.path === '' ? problem.message[lang] : `${problem.path}: ${problem.message[lang]}`;
}
