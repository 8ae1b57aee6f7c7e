import type { ServerArgs, ServerFunctionName, ServerResult } from '../src/core/rpc/api';

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
 * Calls a server entry point declared in src/core/rpc/api.ts and resolves with its result. The types
 * come from the declaration's schemas; the schemas themselves run on the server, which validates every
 * argument (the page imports only types, so zod stays out of the 150 KB page). Rejects when the page is
 * not inside Sheets (no google.script.run), so callers can show a clear message instead of hanging.
 */
export function callServer<K extends ServerFunctionName>(
  name: K,
  ...args: ServerArgs<K>
): Promise<ServerResult<K>> {
  return new Promise<ServerResult<K>>((resolve, reject) => {
    const run = window.google?.script?.run;
    if (!run) {
      reject(
        new Error('google.script.run is not available: open this page from the KPI Kit menu in Sheets.'),
      );
      return;
    }
    const runner = run
      .withSuccessHandler((value) => resolve(value as ServerResult<K>))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new Error(`The server has no function "${name}".`));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}
