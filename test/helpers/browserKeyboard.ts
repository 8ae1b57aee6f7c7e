import type { Page } from 'playwright-core';

/** What has the focus: its accessible-ish name (aria-label, label text or own text) and its tag. */
async function focused(page: Page): Promise<{ name: string; tag: string; id: string }> {
  return (await page.evaluate(`(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { name: '', tag: 'body', id: '' };
    const label = el.id ? document.querySelector('label[for="' + el.id + '"]') : null;
    const visible = (node) => {
      const copy = node.cloneNode(true);
      copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
      return copy.textContent || '';
    };
    const name = el.getAttribute('aria-label') || (label && label.textContent) || visible(el);
    return { name: name.replace(/\\s+/g, ' ').trim().slice(0, 80), tag: el.tagName.toLowerCase(), id: el.id };
  })()`)) as { name: string; tag: string; id: string };
}

/**
 * Presses Tab (or Shift+Tab) until the focused control's name matches, as a keyboard user would; fails
 * when it is not reachable within `max` presses. Only the keyboard moves the focus: the test merely looks.
 */
export async function tabTo(
  page: Page,
  name: string | RegExp,
  options: { back?: boolean; max?: number } = {},
): Promise<void> {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  const seen: string[] = [];
  for (let i = 0; i < (options.max ?? 80); i++) {
    const now = await focused(page);
    if (matches(now.name)) return;
    seen.push(now.name || `<${now.tag}>`);
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(
    `"${String(name)}" is not reachable with the keyboard; focus went through: ${seen.join(' | ')}`,
  );
}

export async function focusedName(page: Page): Promise<string> {
  return (await focused(page)).name;
}
