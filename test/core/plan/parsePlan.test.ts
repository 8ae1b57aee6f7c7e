import { parsePlan } from '../../../src/core/plan/parse';
import { formatProblem } from '../../../src/core/plan/problems';
import { examplePlan, formatExamples, generatedPlan } from './fixtures';

type Plan = ReturnType<typeof examplePlan>;
const kpi0 = (p: Plan) => p.objectives[0]!.operational[0]!.kpis[0]! as Record<string, unknown>;

function problemsOf(input: unknown): string[] {
  const result = parsePlan(input);
  if (result.ok) throw new Error('expected the plan to be refused');
  return result.problems.map(formatProblem);
}

describe('the format document', () => {
  const examples = formatExamples();

  test('has examples to check', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  test.each(examples.map((text, i) => [i, text]))(
    'example %i is accepted, as text and as an object',
    (_, text) => {
      expect(parsePlan(text)).toMatchObject({ ok: true, ignored: [] });
      expect(parsePlan(JSON.parse(text as string))).toMatchObject({ ok: true });
    },
  );
});

describe('defaults', () => {
  test('currency EUR, aggregation last, band 0.1, weight 1, deadline = period.end', () => {
    const plan = examplePlan();
    delete plan.currency;
    const k = kpi0(plan);
    for (const field of ['aggregation', 'band', 'weight', 'deadline']) delete k[field];
    const result = parsePlan(plan);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const kpi = result.plan.objectives[0]!.operational[0]!.kpis[0]!;
    expect(result.plan.currency).toBe('EUR');
    expect(kpi).toMatchObject({ aggregation: 'last', band: 0.1, weight: 1, deadline: '2027-12-31' });
  });

  test('given values are kept', () => {
    const result = parsePlan(examplePlan());
    expect(result.ok && result.plan.objectives[0]!.operational[0]!.kpis[0]).toMatchObject({
      deadline: '2027-06-30',
      weight: 2,
      benchmark: 0.021,
    });
  });
});

describe('invalid plans: every problem at once, with its exact path', () => {
  test('a target written as text', () => {
    const plan = examplePlan();
    kpi0(plan).target = '2,4 %';
    expect(problemsOf(plan)).toEqual([
      'objectives[0].operational[0].kpis[0].target: un nombre attendu, reçu «\u00a02,4 %\u00a0»',
    ]);
  });

  test('messages follow the plan language', () => {
    const plan = examplePlan();
    plan.language = 'en';
    kpi0(plan).target = '2,4 %';
    expect(problemsOf(plan)).toEqual([
      'objectives[0].operational[0].kpis[0].target: expected a number, got "2,4 %"',
    ]);
  });

  test('a deep path in the third KPI of the second operational objective', () => {
    const plan = examplePlan();
    plan.language = 'en';
    const so = plan.objectives[0]!;
    const kpi = kpi0(plan);
    so.operational.push({
      id: 'oo-2',
      title: 'Second',
      kpis: [1, 2, 3].map((n) => ({ ...kpi, id: `k-${n}` })) as never,
    });
    (so.operational[1]!.kpis[2] as Record<string, unknown>).target = 'x';
    expect(problemsOf(plan)).toEqual([
      'objectives[0].operational[1].kpis[2].target: expected a number, got "x"',
    ]);
  });

  test('a corpus of mistakes, all reported together', () => {
    const plan = examplePlan();
    plan.language = 'en';
    delete (plan as Record<string, unknown>).name;
    plan.currency = 'eur';
    plan.period.frequency = 'daily' as never;
    const k = kpi0(plan);
    k.id = 'Conversion Rate';
    k.unit = 'percentage';
    k.deadline = '2027-02-30';
    k.band = 0;
    k.weight = -1;
    k.owner = 'x'.repeat(121);
    plan.objectives[0]!.title = '';
    expect(problemsOf(plan)).toEqual([
      'name: required: expected a text',
      'currency: expected a 3-letter upper-case ISO 4217 currency code (EUR, USD…), got "eur"',
      'period.frequency: expected one of "weekly", "monthly", "quarterly", got "daily"',
      'objectives[0].title: must not be empty',
      expect.stringMatching(
        /^objectives\[0\]\.operational\[0\]\.kpis\[0\]\.id: expected an id of lower-case letters/,
      ),
      'objectives[0].operational[0].kpis[0].unit: expected one of "number", "percent", "currency", "duration", got "percentage"',
      'objectives[0].operational[0].kpis[0].deadline: expected a date that exists, written YYYY-MM-DD (e.g. 2027-12-31), got "2027-02-30"',
      'objectives[0].operational[0].kpis[0].band: must be greater than 0 (got 0)',
      'objectives[0].operational[0].kpis[0].weight: must be greater than 0 (got -1)',
      'objectives[0].operational[0].kpis[0].owner: at most 120 characters (got 121): shorten the text',
    ]);
  });

  test('band above 1, and a date that is not a date', () => {
    const plan = examplePlan();
    plan.language = 'en';
    kpi0(plan).band = 1.5;
    plan.period.start = '2027-13-01';
    expect(problemsOf(plan)).toEqual([
      'period.start: expected a date that exists, written YYYY-MM-DD (e.g. 2027-12-31), got "2027-13-01"',
      'objectives[0].operational[0].kpis[0].band: must be at most 1 (got 1.5)',
    ]);
  });

  test('band of exactly 1 and a leap day are accepted', () => {
    const plan = examplePlan();
    kpi0(plan).band = 1;
    kpi0(plan).deadline = '2028-02-29';
    plan.period.end = '2028-12-31';
    expect(parsePlan(plan).ok).toBe(true);
  });

  test('refuses a KPI deadline before the plan starts, at that deadline, in both languages', () => {
    const plan = examplePlan();
    plan.language = 'en';
    plan.period = { start: '2027-01-01', end: '2027-12-31', frequency: 'monthly' };
    kpi0(plan).deadline = '2026-12-31';
    expect(problemsOf(plan)).toEqual([
      'objectives[0].operational[0].kpis[0].deadline: the deadline (2026-12-31) is before the plan starts (2027-01-01): pick 2027-01-01 or a later date',
    ]);
    plan.language = 'fr';
    expect(problemsOf(plan)[0]).toContain('l’échéance (2026-12-31) est avant le début du plan (2027-01-01)');
    kpi0(plan).deadline = '2027-01-01';
    expect(parsePlan(plan).ok).toBe(true);
  });

  test('cross-field rules are reported beside field problems', () => {
    const plan = examplePlan();
    plan.language = 'en';
    plan.period = { start: '2027-12-31', end: '2027-01-01', frequency: 'monthly' };
    const ops = plan.objectives[0]!.operational;
    ops.push(JSON.parse(JSON.stringify({ ...ops[0]!, id: 'so-1' })));
    kpi0(plan).target = 'x';
    expect(problemsOf(plan)).toEqual([
      'objectives[0].operational[0].kpis[0].target: expected a number, got "x"',
      'period.end: the end (2027-01-01) is before the start (2027-12-31): swap the dates',
      'objectives[0].operational[1].id: objective id "so-1" is already used at objectives[0].id: give each objective its own id',
      'objectives[0].operational[1].kpis[0].id: KPI id "conversion-rate" is already used at objectives[0].operational[0].kpis[0].id: give each KPI its own id',
    ]);
  });

  test('empty lists and too many items', () => {
    const plan = examplePlan();
    plan.language = 'en';
    plan.objectives[0]!.operational[0]!.kpis = [];
    expect(problemsOf(plan)).toEqual(['objectives[0].operational[0].kpis: at least 1 item expected']);
    const many = generatedPlan(51);
    (many.objectives[0]!.operational[0]!.kpis as unknown[]).push(...many.objectives[0]!.operational[1]!.kpis);
    expect(problemsOf({ ...many, language: 'en' })).toEqual([
      'objectives[0].operational[0].kpis: at most 50 items (got 51): split them over several plans',
      expect.stringMatching(
        /^objectives\[0\]\.operational\[1\]\.kpis\[0\]\.id: KPI id "kpi-51" is already used/,
      ),
    ]);
  });

  test('at most 500 KPIs in a plan', () => {
    expect(parsePlan(generatedPlan(500)).ok).toBe(true);
    const big = generatedPlan(501);
    expect(problemsOf({ ...big, language: 'en' })).toEqual([
      'objectives: 501 KPIs in the plan: at most 500; split them over several plans',
    ]);
  });

  // Weeks from the Monday of the first day to the Monday of the last, counted on the calendar.
  const weeksSpanned = (start: string, end: string) => {
    const monday = (iso: string) => {
      const t = Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
      return t - ((t + 3) % 7); // 1970-01-05, day 4, was a Monday
    };
    return (monday(end) - monday(start)) / 7 + 1;
  };

  test('a plan far too long to track is refused with the fix', () => {
    const plan = examplePlan();
    plan.language = 'en';
    plan.period = { start: '2000-01-01', end: '2020-12-31', frequency: 'weekly' };
    const count = weeksSpanned('2000-01-01', '2020-12-31');
    expect(count).toBeGreaterThan(1000);
    expect(problemsOf(plan)).toEqual([
      `period: ${count.toLocaleString('en-US')} tracking periods: at most 520; shorten the period or choose a longer frequency`,
    ]);
  });

  test.each([
    ['en', '417,', 'tracking periods: at most 520; shorten the period or choose a longer frequency'],
    [
      'fr',
      '417\u202f',
      'périodes de suivi\u00a0: 520 au plus\u202f; raccourcissez la période ou choisissez une fréquence plus longue',
    ],
  ] as const)(
    'the refusal of a plan spanning centuries says its real number of periods (%s), fast',
    (language, head, tail) => {
      const plan = examplePlan();
      plan.language = language;
      plan.period = { start: '2000-01-01', end: '9999-12-31', frequency: 'weekly' };
      const count = weeksSpanned('2000-01-01', '9999-12-31');
      const started = performance.now();
      const problems = problemsOf(plan);
      expect(performance.now() - started).toBeLessThan(200);
      const grouped = `${head}${String(count).slice(3)}`;
      expect(String(count).slice(0, 3)).toBe('417');
      expect(problems).toEqual([`period: ${grouped} ${tail}`]);
    },
  );

  test('monthly and quarterly refusals count their periods too', () => {
    const plan = examplePlan();
    plan.language = 'en';
    plan.period = { start: '1990-02-15', end: '9999-11-30', frequency: 'monthly' };
    // Feb 1990 to Nov 9999: 10 months of 1990, 11 of 9999, 12 in each year between.
    const months = 11 + (9999 - 1990 - 1) * 12 + 11;
    expect(problemsOf(plan)[0]).toBe(
      `period: ${months.toLocaleString('en-US')} tracking periods: at most 520; shorten the period or choose a longer frequency`,
    );
    plan.period = { start: '1990-02-15', end: '9999-11-30', frequency: 'quarterly' };
    const quarters = 4 + (9999 - 1990 - 1) * 4 + 4;
    expect(problemsOf(plan)[0]).toMatch(new RegExp(`^period: ${quarters.toLocaleString('en-US')} tracking`));
  });
});

describe('versions and shapes', () => {
  test('another version is refused with one clear message, nothing else read', () => {
    const plan = { ...examplePlan(), version: 2, objectives: 'garbage' };
    expect(parsePlan(plan)).toEqual({
      ok: false,
      problems: [
        {
          path: 'version',
          message: 'version de plan 2 non prise en charge\u00a0: ce KPI Kit lit la version 1',
        },
      ],
    });
    expect(problemsOf({ ...plan, language: 'en' })).toEqual([
      'version: unsupported plan version 2: this KPI Kit reads version 1',
    ]);
  });

  test('not JSON, not an object', () => {
    expect(problemsOf('{"version": 1,')[0]).toMatch(
      /^the plan is not valid JSON \(.+\): paste the plan file as it is$/,
    );
    expect(problemsOf(null)).toEqual(['expected an object, got null']);
    expect(problemsOf([])).toEqual(['expected an object, got a list']);
  });

  test('unknown fields are tolerated, dropped and listed', () => {
    const plan = { ...examplePlan(), theme: 'dark' } as Record<string, unknown>;
    kpi0(plan as Plan).color = 'red';
    const result = parsePlan(plan);
    expect(result).toMatchObject({
      ok: true,
      ignored: ['theme', 'objectives[0].operational[0].kpis[0].color'],
    });
    expect(result.ok && 'theme' in result.plan).toBe(false);
  });
});
