import { useEffect, useRef, useState } from 'preact/hooks';
import type { Draft } from '../../src/core/rpc/draft';
import type { WizardStep } from '../../src/core/rpc/enums';
import type { Autosaver } from '../autosave';
import { fieldId } from '../components/Field';
import { focusField, focusSoon } from '../focus';

/** The last removal, undoable until the next edit or step change (no question asked before removing). */
export interface Undo {
  readonly what: string;
  readonly before: Draft;
}

/** The draft being edited, the step shown, and the moves between them. */
export interface Wizard {
  readonly draft: Draft | null;
  readonly step: WizardStep;
  /** True once the user has reached the review: messages about what is missing show from then on. */
  readonly reviewed: boolean;
  readonly undo: Undo | null;
  readonly edit: (change: (d: Draft) => Draft) => void;
  readonly remove: (what: string, change: (d: Draft) => Draft) => void;
  readonly undoRemove: (undo: Undo) => void;
  readonly goTo: (next: WizardStep, focusPath?: string) => void;
  /** Starts editing `d` (a saved draft, a new one, a starter, a template or the workbook's plan). */
  readonly begin: (d: Draft) => void;
}

export function useWizard(autosaver: Autosaver): Wizard {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [step, setStep] = useState<WizardStep>('start');
  const [reviewed, setReviewed] = useState(false);
  const [undo, setUndo] = useState<Undo | null>(null);
  // Set by the user's edits only: the draft loaded as it was saved is not saved again.
  const dirty = useRef(false);

  useEffect(() => {
    if (draft && dirty.current) autosaver.schedule(draft);
  }, [draft, autosaver]);

  const edit = (change: (d: Draft) => Draft) => {
    dirty.current = true;
    setUndo(null);
    setDraft((d) => (d ? change(d) : d));
  };

  const remove = (what: string, change: (d: Draft) => Draft) => {
    if (!draft) return;
    const before = draft;
    edit(change);
    setUndo({ what, before });
  };

  const undoRemove = (removed: Undo) => {
    dirty.current = true;
    setDraft(removed.before);
    setUndo(null);
    focusSoon('step-heading');
  };

  const goTo = (next: WizardStep, focusPath?: string) => {
    setUndo(null);
    if (next === 'review') setReviewed(true);
    setStep(next);
    if (draft && next !== 'start') {
      autosaver.saveNextNow();
      edit((d) => ({ ...d, step: next }));
    }
    if (focusPath) focusField(fieldId(focusPath));
    else focusSoon('step-heading');
  };

  const begin = (d: Draft) => {
    dirty.current = true;
    setDraft(d);
    setReviewed(false);
    setStep(d.step === 'start' ? 'context' : d.step);
    focusSoon('step-heading');
  };

  return { draft, step, reviewed, undo, edit, remove, undoRemove, goTo, begin };
}
