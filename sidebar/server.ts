/** The slice of `google.script.run` the sidebar uses; HtmlService injects it into the page. */
interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [serverFunction: string]: unknown;
}

declare global {
  interface Window {
    google?: { script?: { run?: ScriptRun } };
  }
}

/**
 * Calls a server entry point and resolves with its JSON result. Rejects when the page is not inside
 * Sheets (no google.script.run), so callers can show a clear message instead of hanging.
 */
export function callServer<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const run = window.google?.script?.run;
    if (!run) {
      reject(
        new Error('google.script.run is not available: open this page from the KPI Kit menu in Sheets.'),
      );
      return;
    }
    const runner = run.withSuccessHandler((v) => resolve(v as T)).withFailureHandler(reject);
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new Error(`The server has no function "${name}".`));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}
