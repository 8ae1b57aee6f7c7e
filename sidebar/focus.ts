/**
 * Focuses the first of these element ids that exists once the UI has re-rendered (after an add, a move
 * or a step change the element is new or has moved). Keyboard users keep their place this way.
 */
export function focusSoon(...ids: string[]): void {
  setTimeout(() => {
    for (const id of ids) {
      const el = document.getElementById(id);
      if (el && !(el as HTMLButtonElement).disabled) {
        el.focus();
        return;
      }
    }
  }, 0);
}
