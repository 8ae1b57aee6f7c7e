import { parsePlan } from '../../src/core/plan/parse';
import type { KpiPlan, PlanBranding } from '../../src/core/plan/schema';
import {
  BLACK,
  brandingLine,
  headerColours,
  readableTextOn,
  relativeLuminance,
  tabColor,
  WHITE,
} from '../../src/workbook/branding';
import { composeGrid } from '../../src/workbook/apply/cellBatches';
import { renderWorkbook } from '../../src/workbook/build';
import { HEADER_BACKGROUND, TAB_COLORS } from '../../src/workbook/labels';
import { planFromObjectivesGrid } from '../../src/workbook/read/readPlan';
import { scorecardLayout } from '../../src/workbook/layouts/scorecard';
import type { SheetSpec } from '../../src/workbook/spec';
import { examplePlan } from '../core/plan/fixtures';

// Branding as the layouts render it (pure), before the emulator test builds it for real.

function planWith(branding?: PlanBranding, language: 'fr' | 'en' = 'fr'): KpiPlan {
  const parsed = parsePlan({ ...examplePlan(), language, ...(branding ? { branding } : {}) });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.plan;
}

function sheets(plan: KpiPlan): SheetSpec[] {
  const rendered = renderWorkbook(plan, [], undefined, (ctx) => scorecardLayout(ctx.plan, ctx));
  if (!rendered.ok) throw new Error(JSON.stringify(rendered.problems));
  return [...rendered.workbook.sheets];
}

describe('the "prepared by" line', () => {
  test.each([
    [
      { agency: 'Agence Nord', client: 'Boulangerie Martin' },
      'fr',
      'Préparé par Agence Nord pour Boulangerie Martin',
    ],
    [{ agency: 'North Agency', client: 'Martin Bakery' }, 'en', 'Prepared by North Agency for Martin Bakery'],
    [{ agency: 'Agence Nord' }, 'fr', 'Préparé par Agence Nord'],
    [{ client: 'Martin Bakery' }, 'en', 'Prepared for Martin Bakery'],
  ] as const)('%j in %s', (branding, lang, line) => {
    expect(brandingLine(branding, lang)).toBe(line);
  });

  test('no names, no line (a colour alone brands only the colours)', () => {
    expect(brandingLine(undefined, 'fr')).toBeUndefined();
    expect(brandingLine({ accentColor: '#0055AA' }, 'en')).toBeUndefined();
  });

  test('names are inserted as they are, never read as part of the template', () => {
    expect(brandingLine({ agency: '$& {client} $1', client: "$' x" }, 'en')).toBe(
      "Prepared by $& {client} $1 for $' x",
    );
  });
});

describe('readable header text on the accent colour', () => {
  test('luminance of black, white and a mid grey', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#FFFFFF')).toBeCloseTo(1, 12);
    expect(relativeLuminance('#777777')).toBeCloseTo(0.184, 3);
  });

  test.each([
    ['#0055AA', WHITE],
    ['#1a237e', WHITE],
    ['#1a73e8', BLACK], // Google blue sits near the crossover: black contrasts 4.6:1, white 4.5:1
    ['#000000', WHITE],
    ['#b3261e', WHITE],
    ['#FFD700', BLACK],
    ['#ffffff', BLACK],
    ['#57bb8a', BLACK],
    ['#e8eaed', BLACK],
  ])('on %s the text is %s', (accent, text) => {
    expect(readableTextOn(accent)).toBe(text);
  });

  test('the chosen colour always contrasts at least 4.5:1 (WCAG AA) on a sweep of greys and hues', () => {
    const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    for (let v = 0; v < 256; v += 5)
      for (const hex of [
        `#${v.toString(16).padStart(2, '0').repeat(3)}`,
        `#${v.toString(16).padStart(2, '0')}0080`,
        `#00${v.toString(16).padStart(2, '0')}80`,
      ]) {
        const l = relativeLuminance(hex);
        const text = readableTextOn(hex) === WHITE ? 1 : 0;
        expect(contrast(l, text)).toBeGreaterThanOrEqual(4.5);
      }
  });
});

describe('the rendered sheets', () => {
  const headerCells = (sheet: SheetSpec) =>
    sheet.blocks.flatMap((b) => b.cells.flat()).filter((c) => c.background === HEADER_BACKGROUND);

  test('without branding: KPI Kit colours, no line, unchanged titles', () => {
    const plan = planWith();
    const [objectives, tracking, scorecard] = sheets(plan) as [SheetSpec, SheetSpec, SheetSpec];
    expect([objectives, tracking, scorecard].map((s) => s.tabColor)).toEqual([
      TAB_COLORS.objectives,
      TAB_COLORS.tracking,
      TAB_COLORS.scorecard,
    ]);
    for (const sheet of [objectives, tracking, scorecard]) {
      expect(headerCells(sheet).length).toBeGreaterThan(0);
      expect(headerCells(sheet).every((c) => c.fontColor === undefined)).toBe(true);
    }
    expect(headerColours(plan)).toEqual({ background: HEADER_BACKGROUND });
    expect(composeGrid(scorecard).values[0]![0]).toBe('Tableau de bord · Croissance e-commerce 2027');
  });

  test('with an accent: every header that was grey wears it, with readable text, and every tab', () => {
    for (const [accent, text] of [
      ['#0055AA', WHITE],
      ['#FFD700', BLACK],
    ] as const) {
      const plain = sheets(planWith());
      const branded = sheets(planWith({ accentColor: accent }));
      branded.forEach((sheet, i) => {
        expect(sheet.tabColor).toBe(accent);
        const before = composeGrid(plain[i]!);
        const after = composeGrid(sheet);
        let recoloured = 0;
        before.backgrounds.forEach((row, r) =>
          row.forEach((bg, c) => {
            if (bg !== HEADER_BACKGROUND) return;
            recoloured += 1;
            expect(after.backgrounds[r]![c]).toBe(accent);
            expect(after.fontColors[r]![c]).toBe(text);
          }),
        );
        expect(recoloured).toBeGreaterThan(0);
        // The same properties are written, so the same service calls are made.
        expect([...after.used].sort()).toEqual([...before.used].sort());
      });
      expect(tabColor(planWith({ accentColor: accent }), 'tracking')).toBe(accent);
    }
  });

  test('the line in each title row, user text kept literal', () => {
    const plan = planWith({ agency: '=HYPERLINK("http://x")', client: '+33 Client' });
    const [objectives, tracking, scorecard] = sheets(plan).map((s) => composeGrid(s)) as [
      ReturnType<typeof composeGrid>,
      ReturnType<typeof composeGrid>,
      ReturnType<typeof composeGrid>,
    ];
    const line = 'Préparé par =HYPERLINK("http://x") pour +33 Client';
    expect(objectives.values[0]![4]).toBe(line);
    expect(objectives.numberFormats[0]![4]).toBe('@');
    expect(tracking.values[0]![1]).toMatch(new RegExp(`^${line.replace(/[()+]/g, '\\$&')} · Saisissez`));
    expect(scorecard.values[0]![0]).toBe(`Tableau de bord · Croissance e-commerce 2027 · ${line}`);
    // Stored in the header block, escaped: the apostrophe makes Sheets keep the text.
    expect(objectives.values[4]!.slice(4, 6)).toEqual(['Préparé par (agence)', '\'=HYPERLINK("http://x")']);
    expect(objectives.values[5]!.slice(4, 6)).toEqual(['Pour (client)', "'+33 Client"]);
  });

  test('the Objectives header block carries the branding back, exactly, and nothing when absent', () => {
    const branding = { agency: ' Agence  Nord ', client: 'Boulangerie Martin', accentColor: '#0055aa' };
    for (const given of [branding, undefined]) {
      const plan = planWith(given, 'en');
      const grid = composeGrid(sheets(plan)[0]!);
      // What getValues() gives back: the apostrophe is not part of the value.
      const values = grid.values.map((row) =>
        row.map((v) => (typeof v === 'string' ? v.replace(/^'/, '') : v)),
      );
      const raw = planFromObjectivesGrid(values, values);
      expect(raw.branding).toEqual(given);
      expect(values[6]![4]).toBe('Accent colour (#RRGGBB)');
    }
  });

  test('the colour cell shows the colour', () => {
    const grid = composeGrid(sheets(planWith({ accentColor: '#FFD700' }))[0]!);
    expect(grid.backgrounds[6]![5]).toBe('#FFD700');
    expect(grid.fontColors[6]![5]).toBe(BLACK);
  });
});
