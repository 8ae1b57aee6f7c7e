import './styles.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type Lang, t } from '../src/core/i18n';
import { callServer } from './server';

interface SidebarContext {
  language: Lang;
  version: string;
}

const TEXT = {
  intro: {
    fr: "L'assistant qui va de la stratégie aux KPI arrive bientôt dans cette version.",
    en: 'The wizard from strategy to KPIs is coming in a later version.',
  },
  loading: { fr: 'Chargement…', en: 'Loading…' },
} as const;

function App() {
  const [context, setContext] = useState<SidebarContext | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    callServer<SidebarContext>('getSidebarContext').then(setContext, (e: Error) => setError(e.message));
  }, []);
  const lang: Lang = context?.language ?? (navigator.language.startsWith('fr') ? 'fr' : 'en');
  return (
    <main>
      <h1>KPI Kit</h1>
      {error ? <p role="alert">{error}</p> : <p>{context ? t(TEXT.intro, lang) : t(TEXT.loading, lang)}</p>}
      {context && <p>v{context.version}</p>}
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<App />, root);
