import { useEffect, useMemo, useState } from 'preact/hooks';
import { type Autosaver, type SaveStatus, createAutosaver } from '../autosave';
import { callServer } from '../server';

/** The draft's autosaver and what it last reported; a hidden page saves at once. */
export function useAutosave(): { readonly autosaver: Autosaver; readonly saveStatus: SaveStatus } {
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ state: 'idle' });
  const autosaver = useMemo(() => createAutosaver((d) => callServer('saveDraft', d), setSaveStatus), []);

  useEffect(() => {
    const flush = () => {
      if (document.visibilityState === 'hidden') void autosaver.flush();
    };
    document.addEventListener('visibilitychange', flush);
    return () => document.removeEventListener('visibilitychange', flush);
  }, [autosaver]);

  return { autosaver, saveStatus };
}
