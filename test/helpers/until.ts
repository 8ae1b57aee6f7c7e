/**
 * Waits until `read()` gives a value `done` accepts, and returns it; after `timeoutMs` returns the last
 * value read, so the caller's `expect` on it fails with a readable diff rather than a bare timeout.
 *
 * Browser tests use it for things that happen after a debounce or a server round trip (autosave, the
 * server's plan check): a fixed sleep passes on a quiet machine and fails on a loaded CI one.
 */
export async function until<T>(
  read: () => T | Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
