import type { Draft } from '../src/core/rpc/draft';

export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; savedAt: string; nearLimit: boolean }
  | { state: 'error'; error: string };

export interface Autosaver {
  /** Saves this draft after `delayMs` without a newer one. */
  schedule(draft: Draft): void;
  /** Saves the pending draft now (page hidden). */
  flush(): Promise<void>;
  /**
   * Saves the next scheduled draft at once instead of after the pause: a step change, whose draft is
   * only scheduled once the page has re-rendered, reaches the document even if the sidebar closes then.
   */
  saveNextNow(): void;
}

/**
 * Debounced, one save at a time: google.script.run calls may complete out of order, so a newer draft is
 * never sent while an older one is in flight; it goes right after, and only the latest is sent.
 */
export function createAutosaver(
  save: (draft: Draft) => Promise<{ savedAt: string; nearLimit: boolean }>,
  onStatus: (status: SaveStatus) => void,
  delayMs = 700,
): Autosaver {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: Draft | null = null;
  let inFlight: Promise<void> | null = null;
  let now = false;

  const run = async (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (inFlight) {
      await inFlight;
      return pending ? run() : undefined;
    }
    if (!pending) return;
    const draft = pending;
    pending = null;
    onStatus({ state: 'saving' });
    inFlight = save(draft).then(
      (r) => onStatus({ state: 'saved', savedAt: r.savedAt, nearLimit: r.nearLimit }),
      (e: unknown) => onStatus({ state: 'error', error: e instanceof Error ? e.message : String(e) }),
    );
    await inFlight;
    inFlight = null;
    if (pending) await run();
  };

  return {
    schedule(draft) {
      pending = draft;
      if (timer !== undefined) clearTimeout(timer);
      if (now) {
        now = false;
        void run();
      } else timer = setTimeout(() => void run(), delayMs);
    },
    flush: run,
    saveNextNow() {
      now = true;
    },
  };
}
