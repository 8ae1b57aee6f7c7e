import type { Lang } from '../core/i18n';
import type { PlanProblem } from '../core/plan/problems';

/** How long a second build waits for the first before giving up. */
export const LOCK_WAIT_MS = 20_000;

const BUSY = {
  fr: 'Une autre construction KPI Kit est en cours dans ce classeur\u00a0: attendez qu’elle se termine puis relancez. Rien n’a été modifié.',
  en: 'Another KPI Kit build is running in this spreadsheet: wait for it to finish, then try again. Nothing was changed.',
};

export type Locked<T> = T | { readonly ok: false; readonly problems: readonly PlanProblem[] };

/**
 * Runs `work` holding the document lock, so two builds (two users, or a double click) never interleave
 * their writes. The second waits up to LOCK_WAIT_MS, then fails with a clear message and writes nothing.
 */
const NO_LOCK = {
  fr: 'KPI Kit ne peut pas verrouiller ce classeur (ouvrez-le dans Google Sheets et lancez KPI Kit depuis le menu Extensions). Rien n’a été modifié.',
  en: 'KPI Kit cannot lock this spreadsheet (open it in Google Sheets and run KPI Kit from the Extensions menu). Nothing was changed.',
};

export function withDocumentLock<T>(lang: Lang, work: () => T): Locked<T> {
  // Null outside a document (e.g. run from a standalone script): no lock, so no build either.
  const lock = LockService.getDocumentLock();
  if (!lock) return { ok: false, problems: [{ path: '', message: NO_LOCK[lang] }] };
  if (!lock.tryLock(LOCK_WAIT_MS)) return { ok: false, problems: [{ path: '', message: BUSY[lang] }] };
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
