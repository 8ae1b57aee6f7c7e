import { useRef, useState } from 'preact/hooks';
import type { Lang } from '../../src/core/i18n';
import { runServer } from './run';

// The wizard's one entry to the data import: a button that loads the import panel on demand (its code
// is dist/DataImportPanel.html, fetched through the server, so Sidebar.html stays within its budget)
// and mounts it below. Its two strings live here, not in the wizard's i18n.ts.

const TEXT = {
  open: { fr: 'Importer un export (CSV)', en: 'Import an export (CSV)' },
  loading: { fr: 'Chargement de l’import…', en: 'Loading the import…' },
} as const;

interface PanelModule {
  mount(element: HTMLElement, lang: Lang): void;
}

declare global {
  interface Window {
    KpiKitDataImportPanel?: PanelModule;
  }
}

export function DataImportLauncher({ lang }: { lang: Lang }) {
  const host = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'closed' | 'loading' | 'open' | string>('closed');
  const open = async () => {
    setState('loading');
    try {
      if (!window.KpiKitDataImportPanel) {
        const code = await runServer<string>('getDataImportPanel');
        // Our own bundle, built with the add-on and served by its server (never user input).
        new Function(code)();
      }
      if (host.current) window.KpiKitDataImportPanel?.mount(host.current, lang);
      setState('open');
    } catch (error) {
      setState(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <section class="data-import" aria-label={TEXT.open[lang]}>
      {state === 'closed' && (
        <button type="button" onClick={() => void open()}>
          {TEXT.open[lang]}
        </button>
      )}
      {state === 'loading' && <p>{TEXT.loading[lang]}</p>}
      {!['closed', 'loading', 'open'].includes(state) && (
        <p role="alert" class="error">
          {state}
        </p>
      )}
      <div ref={host} />
    </section>
  );
}
