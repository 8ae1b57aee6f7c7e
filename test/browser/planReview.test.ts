import type { Lang } from '../../src/core/i18n';
import { parsePlan } from '../../src/core/plan';
import type { KpiPlanInput } from '../../src/core/plan/schema';
import { getStarterPlan } from '../../src/core/templates/starters';
import { fieldId } from '../../sidebar/fieldId';
import { planToDraft } from '../../sidebar/draft/fromPlan';
import type { PlanOut } from '../../sidebar/draft/toPlan';
import { seriousViolations } from '../helpers/browserAxe';
import { join } from 'node:path';
import { ARTIFACTS, screenshot } from '../helpers/browserChromium';
import { emulatorBackend } from '../helpers/browserEmulator';
import { sidebarSessions } from '../helpers/browserSessions';
import { wizard } from '../helpers/browserWizard';

// The plan review on the wizard's Review step, in headless Chromium against the real reviewPlan of
// dist/Code.js on the Sheets emulator: findings grouped by severity, and "Fix" opening the field.

jest.setTimeout(120_000);

const sessions = sidebarSessions();

/** A starter with two things a consultant would point at: a KPI without source, a channel without KPI. */
function reviewedPlan(lang: Lang): PlanOut {
  const input = getStarterPlan('content-seo', lang) as KpiPlanInput;
  const kpi = input.objectives[0]!.operational[0]!.kpis[0]!;
  delete kpi.source;
  input.strategy = lang === 'fr' ? 'Miser sur le blog et LinkedIn' : 'Bet on the blog and LinkedIn';
  const parsed = parsePlan(input);
  if (!parsed.ok) throw new Error('the plan should be valid');
  return parsed.plan as unknown as PlanOut;
}

async function openOnReview(lang: Lang) {
  const backend = emulatorBackend({ locale: lang === 'fr' ? 'fr_FR' : 'en_US' });
  const draft = { ...planToDraft(reviewedPlan(lang), lang), step: 'review' as const };
  (backend.scope as unknown as { saveDraft: (d: unknown) => unknown }).saveDraft(
    JSON.parse(JSON.stringify(draft)),
  );
  const { page, errors } = await sessions.open(
    { scope: backend.scope, latencyMs: 10 },
    lang === 'fr' ? 'fr-FR' : 'en-GB',
  );
  const w = wizard(page, lang);
  await w.button('continueDraft').click();
  await w.expectHeading(new RegExp(`^${w.text('stepReview')}`));
  return { page, errors, w };
}

describe.each(['fr', 'en'] as const)('the plan review on the Review step (%s)', (lang) => {
  test('grouped by severity; "Fix" lands on the field', async () => {
    const { page, errors, w } = await openOnReview(lang);
    const section = page.locator('section[aria-labelledby="review-plan"]');
    await section.getByRole('heading', { name: w.text('planReview') }).waitFor();
    const warnings = section.locator('.severity-warning');
    await warnings.getByRole('heading', { name: w.text('severityWarning', { n: 2 }) }).waitFor();
    expect(await section.locator('.severity-error').count()).toBe(0);
    expect(
      await warnings.locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-code'))),
    ).toEqual(['channel-without-kpi', 'kpi-without-source']);
    await expect(warnings.locator('li').nth(0).textContent()).resolves.toContain(
      lang === 'fr' ? 'canal «\u00a0Réseaux sociaux\u00a0»' : 'relies on social media',
    );
    // Tips are folded under their count.
    const tips = section.locator('details.severity-tip');
    await expect(tips.locator('summary').textContent()).resolves.toMatch(
      lang === 'fr' ? /^Conseils \(\d+\)$/ : /^Tips \(\d+\)$/,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `plan-review-${lang}`);

    // "Fix" on the KPI without a source: the KPIs step, the source field focused.
    const source = fieldId('objectives[0].operational[0].kpis[0].source');
    await warnings
      .locator('li[data-code="kpi-without-source"]')
      .getByRole('button', { name: new RegExp(`^${w.text('fix')}`) })
      .click();
    await w.expectHeading(new RegExp(`^${w.text('stepKpis')}`));
    await page.waitForFunction(
      `document.activeElement && document.activeElement.id === ${JSON.stringify(source)}`,
    );
    // The viewport only: the KPIs step is a long page, what matters is the focused field in view.
    await page.screenshot({ path: join(ARTIFACTS, `plan-review-fix-${lang}.png`) });

    // Back on Review: "Fix" on the channel goes to the strategy, on the Context step.
    await w.button('stepReview').click();
    await warnings
      .locator('li[data-code="channel-without-kpi"]')
      .getByRole('button', { name: new RegExp(`^${w.text('fix')}`) })
      .click();
    await w.expectHeading(new RegExp(`^${w.text('stepContext')}`));
    await page.waitForFunction(
      `document.activeElement && document.activeElement.id === ${JSON.stringify(fieldId('strategy'))}`,
    );

    // A tip: the benchmark of the objective's key KPI, a field of its own.
    await w.button('stepReview').click();
    await tips.locator('summary').click();
    await tips
      .locator('li[data-code="no-benchmark"]')
      .first()
      .getByRole('button', { name: new RegExp(`^${w.text('fix')}`) })
      .click();
    await w.expectHeading(new RegExp(`^${w.text('stepKpis')}`));
    await page.waitForFunction(`document.activeElement && /-benchmark$/.test(document.activeElement.id)`);
    expect(
      await page.evaluate(
        () => document.activeElement?.closest('.field')?.querySelector('label')?.textContent,
      ),
    ).toBe(w.text('benchmark'));
    expect(errors).toEqual([]);
  });
});
