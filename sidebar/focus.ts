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

/**
 * After "Fix" on a problem: focuses the control of that plan path, or the first control inside it
 * (`period` → its frequency list), or else the step's heading.
 */
export function focusField(id: string): void {
  setTimeout(() => {
    const candidates = [
      document.getElementById(id),
      ...document.querySelectorAll<HTMLElement>(
        `[id^="${id}-"]:is(input, select, textarea, button):not([disabled])`,
      ),
    ];
    // A control inside a closed <details> cannot take the focus: skip what is not rendered.
    const target = candidates.find((el) => el && el.getClientRects().length > 0);
    (target ?? document.getElementById('step-heading'))?.focus();
  }, 0);
}
