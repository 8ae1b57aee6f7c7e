/**
 * Call accounting and loud failure for the emulated services.
 *
 * Every object the emulator hands out (SpreadsheetApp, Spreadsheet, Sheet, Range, builders, Ui,
 * Properties...) is wrapped in a Proxy that counts each method call as `Class.method` (a round trip in
 * real Apps Script) and throws `Error("Range.foo is not emulated")` for any member the emulator does not
 * implement, so code written against the real types fails loudly instead of silently.
 */

/** Counts of service calls by `Class.method`, in the order first seen. */
export class CallLog {
  private readonly counts = new Map<string, number>();
  private totalCalls = 0;
  private paused = 0;

  record(key: string): void {
    if (this.paused > 0) return;
    this.totalCalls += 1;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** Number of calls recorded for one `Class.method`, or for all when no key is given. */
  count(key?: string): number {
    return key === undefined ? this.totalCalls : (this.counts.get(key) ?? 0);
  }

  get total(): number {
    return this.totalCalls;
  }

  /** Every `Class.method` called since the last reset, with its count. */
  byMethod(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  reset(): void {
    this.counts.clear();
    this.totalCalls = 0;
  }

  /** Runs `fn` without counting (the emulator's own reads for view()/snapshot()). */
  uncounted<T>(fn: () => T): T {
    this.paused += 1;
    try {
      return fn();
    } finally {
      this.paused -= 1;
    }
  }
}

/**
 * Members a test framework or a runtime may probe on any object (jest's pretty-format, Promise
 * resolution, util.inspect): reading them must not throw.
 */
const INTROSPECTION = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  'constructor',
  'inspect',
  '_isMockFunction',
  'toString',
  'valueOf',
]);

const RAW = Symbol('emulator.raw');
/** The one own key an emulated object shows to `Object.keys`, jest and JSON. */
const DESCRIPTION = 'emulated';

/** The implementation object behind a wrapped service object (or the value itself). */
export function unwrap<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    const raw = (value as { [RAW]?: T })[RAW];
    if (raw !== undefined) return raw;
  }
  return value;
}

/**
 * Wraps `impl` so that its methods are counted as `className.method` and anything it does not
 * implement throws. Methods run with `this` bound to the implementation, so calls the emulator makes
 * internally are not counted. Typed as the real Apps Script interface `T`.
 */
export function serviceProxy<T>(
  impl: object,
  className: string,
  log: CallLog,
  guard?: (key: string) => void,
  describe: () => string = () => className,
): T {
  const wrapped = new Map<PropertyKey, unknown>();
  return new Proxy(impl, {
    // Test frameworks compare and print objects by their own keys: show one readable key instead of
    // the internals (Range "Sheet1!A1"), so two different ranges are not "equal" and printing works.
    ownKeys: () => [DESCRIPTION],
    getOwnPropertyDescriptor: (_target, prop) =>
      prop === DESCRIPTION
        ? { value: describe(), enumerable: true, configurable: true, writable: false }
        : undefined,
    has: (target, prop) =>
      prop === DESCRIPTION || (typeof prop === 'string' && !prop.startsWith('_') && prop in target),
    get(target, prop) {
      if (prop === RAW) return target;
      if (prop === DESCRIPTION) return describe();
      if (typeof prop === 'symbol') return Reflect.get(target, prop);
      // The emulator's own fields (`_sheet`, `_area`...) read through, uncounted: tools that inspect
      // objects (jest's diff) may touch them; scripts have no reason to.
      if (prop.startsWith('_') && prop in target) return Reflect.get(target, prop);
      if (!(prop in target)) {
        if (INTROSPECTION.has(prop) || prop.startsWith('@@')) return undefined;
        throw new Error(`${className}.${prop} is not emulated`);
      }
      const value = Reflect.get(target, prop);
      if (typeof value !== 'function' || INTROSPECTION.has(prop)) return value;
      let fn = wrapped.get(prop);
      if (fn === undefined) {
        const key = `${className}.${prop}`;
        fn = (...args: unknown[]): unknown => {
          guard?.(key);
          log.record(key);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
        wrapped.set(prop, fn);
      }
      return fn;
    },
    set(target, prop) {
      throw new Error(`${className}.${String(prop)} cannot be assigned`);
    },
  }) as T;
}
