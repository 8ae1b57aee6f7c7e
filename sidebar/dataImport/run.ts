// google.script.run for the import's own entry points (previewDataImport, applyDataImport,
// getDataImportPanel), which answer plain JSON the panel reads as it is: they are not part of the
// wizard's typed RPC declaration, so the wizard's files stay untouched.

interface Runner {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (error: Error) => void): Runner;
  [name: string]: unknown;
}

export function runServer<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const run = (window as { google?: { script?: { run?: Runner } } }).google?.script?.run;
    if (!run) {
      reject(
        new Error('google.script.run is not available: open this page from the KPI Kit menu in Sheets.'),
      );
      return;
    }
    const runner = run
      .withSuccessHandler((v) => resolve(v as T))
      .withFailureHandler((e) => reject(e instanceof Error ? e : new Error(String(e))));
    const fn = runner[name];
    if (typeof fn !== 'function') {
      reject(new Error(`The server has no function "${name}".`));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}
