import type { Lang } from '../core/i18n';
import type { PlanProblem } from '../core/plan/problems';

/** How long a second build waits for the first before giving up. */
export const LOCK_WAIT_MS = 20_000;

const BUSY = {
  fr: "Une autre construction KPI Kit est en cours dans ce classeur : attendez qu'elle se termine puis relancez. Rien n'a été modifié.",
  en: 'Another KPI Kit build is running in this spreadsheet: wait for it to finish, then try again. Nothing was changed.',
};

export type Locked<T> = T | { readonly ok: false; readonly problems: readonly PlanProblem[] };

/**
 * Runs `work` holding the document lock, so two builds (two users, or a double click) never interleave
 * their writes. The second waits up to LOCK_WAIT_MS, then fails with a clear message and writes nothing.
 */
export function withDocumentLock<T>(lang: Lang, work: () => T): Locked<T> {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(LOCK_WAIT_MS))
    return { ok: false, problems: [{ path: '', message: BUSY[lang] }] };
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
