import { screenshot } from '../helpers/browserChromium';
import { emulatorBackend } from '../helpers/browserEmulator';
import { sidebarSessions } from '../helpers/browserSessions';
import { wizard } from '../helpers/browserWizard';

// The Context step's "last year's columns" checkbox: labelled and explained in the user's language,
// at the sidebar's 300 px, and off until ticked.

jest.setTimeout(120_000);

const sessions = sidebarSessions();

test.each([
  ['fr', 'fr_FR', 'fr-FR'],
  ['en', 'en_GB', 'en-GB'],
] as const)(
  '%s: the history checkbox is on the Context step, with its hint',
  async (lang, locale, browserLocale) => {
    const { scope } = emulatorBackend({ locale });
    const { page, errors } = await sessions.open({ scope }, browserLocale);
    const w = wizard(page, lang);
    await w.button('newPlan').click();
    const box = page.getByRole('checkbox', { name: w.text('history'), exact: true });
    await expect(box.isChecked()).resolves.toBe(false);
    await box.check();
    await expect(box.isChecked()).resolves.toBe(true);
    await expect(page.locator('#history-hint').textContent()).resolves.toBe(w.text('historyHint'));
    await box.scrollIntoViewIfNeeded();
    await screenshot(page, `${lang}-context-history`);
    expect(errors).toEqual([]);
  },
);
