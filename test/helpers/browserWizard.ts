import type { Locator, Page } from 'playwright-core';
import type { Lang } from '../../src/core/i18n';
import { type MessageKey, msg } from '../../sidebar/i18n';

// Drives the wizard the way a person does, by the visible names of its controls (the same messages the
// page shows, from sidebar/i18n.ts), so a renamed or unlabelled control breaks the tests.

export interface WizardDriver {
  readonly page: Page;
  readonly lang: Lang;
  text(key: MessageKey, vars?: Record<string, string | number>): string;
  button(key: MessageKey, vars?: Record<string, string | number>): Locator;
  textbox(name: string): Locator;
  heading(): Promise<string>;
  /** Waits until the step heading (h2) matches: steps change after the server answers. */
  expectHeading(name: RegExp): Promise<void>;
  next(): Promise<void>;
  kpi(index: number): Locator;
}

export function wizard(page: Page, lang: Lang): WizardDriver {
  const text = (key: MessageKey, vars?: Record<string, string | number>) => msg(key, lang, vars);
  return {
    page,
    lang,
    text,
    button: (key, vars) => page.getByRole('button', { name: text(key, vars), exact: true }),
    textbox: (name) => page.getByRole('textbox', { name, exact: true }),
    heading: async () => (await page.locator('#step-heading').textContent()) ?? '',
    expectHeading: async (name) => {
      await page.locator('#step-heading').filter({ hasText: name }).waitFor();
    },
    next: async () => {
      await page.getByRole('button', { name: text('next'), exact: true }).click();
    },
    kpi: (index) => page.locator('fieldset.kpi').nth(index),
  };
}

/** The plan both language runs type in. */
export interface TypedPlan {
  name: string;
  strategy: string;
  goal: string;
  start: string;
  end: string;
  strategic: string;
  operational: string;
  /** A library KPI the objective's words must suggest, by its name in the UI language. */
  suggested: string;
  baseline: string;
  target: string;
  owner: string;
}

export async function fillContext(w: WizardDriver, plan: TypedPlan): Promise<void> {
  await w.textbox(w.text('planName')).fill(plan.name);
  await w.textbox(w.text('strategy')).fill(plan.strategy);
  await w.textbox(w.text('goal')).fill(plan.goal);
  await w.page.getByLabel(w.text('periodStart'), { exact: true }).fill(plan.start);
  await w.page.getByLabel(w.text('periodEnd'), { exact: true }).fill(plan.end);
}

/** The SMART score announced with an objective's text box (its aria-describedby names the score). */
export async function smartScore(objective: Locator): Promise<number> {
  const ids = ((await objective.getAttribute('aria-describedby')) ?? '').split(' ');
  const scoreId = ids.find((id) => id.endsWith('-score'));
  if (!scoreId) throw new Error('The objective is not described by a SMART score.');
  const smart = objective.page().locator(`#${scoreId.replace(/-score$/, '')}`);
  return Number(await smart.getAttribute('data-score'));
}
