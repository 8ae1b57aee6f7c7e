import { useEffect, useState } from 'preact/hooks';
import { type Lang, languageFromLocale } from '../../src/core/i18n';
import type { ServerResult } from '../../src/core/rpc/api';
import { focusSoon } from '../focus';
import { type KpiTexts, kpiTextsOf } from '../library';
import { setKpiDefinitions } from '../libraryData';
import { callServer } from '../server';
import type { BuiltSheetNames } from '../sheetNames';

/** What the page asks the server once when it opens, and the wizard's language. */
export interface SidebarSession {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
  /** True once the first answers are in (the wizard renders only then). */
  readonly loaded: boolean;
  /** Why the page cannot work (no server, no library), shown as an alert. */
  readonly fatal: string | null;
  /** The draft saved in this document when the page opened, until the user starts over. */
  readonly saved: ServerResult<'loadDraft'>;
  readonly forgetSaved: () => void;
  readonly kpiTexts: KpiTexts;
  readonly sheetNames: BuiltSheetNames | null;
  readonly starters: ServerResult<'listStarters'>;
}

const reasonOf = (reason: unknown): string => (reason instanceof Error ? reason.message : String(reason));

export function useSidebarSession(): SidebarSession {
  const [lang, setLang] = useState<Lang>(languageFromLocale(navigator.language));
  const [loaded, setLoaded] = useState(false);
  const [fatal, setFatal] = useState<string | null>(null);
  const [saved, setSaved] = useState<ServerResult<'loadDraft'>>(null);
  const [kpiTexts, setKpiTexts] = useState<KpiTexts>({});
  const [sheetNames, setSheetNames] = useState<BuiltSheetNames | null>(null);
  const [starters, setStarters] = useState<ServerResult<'listStarters'>>([]);

  useEffect(() => {
    // The KPI library is not bundled (sidebar/libraryData.ts): the wizard renders once it is here.
    Promise.allSettled([
      callServer('getSidebarContext'),
      callServer('loadDraft'),
      callServer('getKpiLibrary'),
    ]).then(([context, draftResult, library]) => {
      if (context.status === 'fulfilled') {
        setLang(context.value.language);
        setSheetNames(context.value.sheetNames);
      } else setFatal(reasonOf(context.reason));
      if (library.status === 'fulfilled') {
        setKpiDefinitions(library.value);
        setKpiTexts(kpiTextsOf(library.value));
      } else setFatal(reasonOf(library.reason));
      if (draftResult.status === 'fulfilled') setSaved(draftResult.value);
      setLoaded(true);
      focusSoon('step-heading');
    });
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
    // Starters are named in the wizard's language; their plans are built in it too.
    callServer('listStarters', lang).then(setStarters, () => undefined);
  }, [lang]);

  return {
    lang,
    setLang,
    loaded,
    fatal,
    saved,
    forgetSaved: () => setSaved(null),
    kpiTexts,
    sheetNames,
    starters,
  };
}
