import fc from 'fast-check';
import { ALL_MET_MARK, SMART_CRITERIA, formatSmartText, smartCheck } from '../../../src/core/smart';

describe('language of the result', () => {
  it.each([
    ['Augmenter le CA', 'fr'],
    ['Réduire le CPA', 'fr'],
    ['reduire le cpa de 10 % d ici 2027', 'fr'],
    ['Increase the CTR', 'en'],
    ['Grow MRR by 10% by Q3', 'en'],
  ] as const)('%s → %s', (objective, lang) => {
    expect(smartCheck({ objective }).language).toBe(lang);
  });

  it('falls back to fallbackLang (default French) when the words give no clue', () => {
    expect(smartCheck({ objective: 'CTR 2 %' }).language).toBe('fr');
    expect(smartCheck({ objective: 'CTR 2 %', fallbackLang: 'en' }).language).toBe('en');
  });

  it('writes the hints in the forced language', () => {
    const result = smartCheck({ objective: 'Augmenter le taux de conversion de 2 % à 3 %', lang: 'en' });
    expect(result.language).toBe('en');
    expect(result.hints.timeBound).toBe('add a deadline (e.g. "by 31 Dec 2027")');
  });

  it('writes every hint in the language of the objective', () => {
    const french = smartCheck({ objective: 'Être plus visible' });
    const english = smartCheck({ objective: 'Be better known' });
    expect(french.hints).toEqual({
      specific:
        'nommez un changement concret et ce qu’il vise (ex. «\u00a0augmenter le taux de conversion\u00a0»)',
      measurable:
        'chiffrez la cible (ex. «\u00a0+20 %\u00a0», «\u00a0500 leads\u00a0», «\u00a0de 2 % à 3 %\u00a0»)',
      achievable: 'précisez le point de départ (ex. «\u00a0de 2 % à 3 %\u00a0»)',
      relevant: 'nommez l’indicateur suivi (ex. taux de conversion)',
      timeBound: 'ajoutez une échéance (ex. «\u00a0d’ici le 31/12/2027\u00a0»)',
    });
    expect(english.hints).toEqual({
      specific: 'name one concrete change and what it applies to (e.g. "increase the conversion rate")',
      measurable: 'put a number on the target (e.g. "+20%", "500 leads", "from 2% to 3%")',
      achievable: 'give the baseline (e.g. "from 2% to 3%")',
      relevant: 'name the KPI you will track (e.g. conversion rate)',
      timeBound: 'add a deadline (e.g. "by 31 Dec 2027")',
    });
  });
});

describe('formatSmartText', () => {
  it('shows the score and the hint of the one missing criterion', () => {
    const result = smartCheck({ objective: 'Augmenter le taux de conversion de 2 % à 3 %' });
    expect(formatSmartText(result)).toBe(
      '4/5 · T: ajoutez une échéance (ex. «\u00a0d’ici le 31/12/2027\u00a0»)',
    );
  });

  it('lists every missing criterion in S M A R T order, joined with " · "', () => {
    const result = smartCheck({ objective: 'Generate 150 leads per month' });
    expect(formatSmartText(result)).toBe(
      '3/5 · A: give the baseline (e.g. "from 2% to 3%") · T: add a deadline (e.g. "by 31 Dec 2027")',
    );
    const vague = formatSmartText(smartCheck({ objective: 'Améliorer notre image' }));
    expect(vague.startsWith('0/5 · S: ')).toBe(true);
    expect(vague.split(' · ').map((part) => part.slice(0, 2))).toEqual(['0/', 'S:', 'M:', 'A:', 'R:', 'T:']);
  });

  it('marks an objective that meets all five with a check mark', () => {
    const result = smartCheck({ objective: 'Increase organic traffic by 20% within 6 months' });
    expect(formatSmartText(result)).toBe(`5/5 ${ALL_MET_MARK}`);
    expect(ALL_MET_MARK).toBe('✓');
  });
});

describe('properties', () => {
  const objectives = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc
      .array(
        fc.constantFrom(
          'augmenter',
          'réduire',
          'increase',
          'de',
          'à',
          'from',
          'to',
          'by',
          '20 %',
          '0',
          '-3',
          '1 000',
          '2,5',
          '€',
          'k',
          'x2',
          'doubler',
          'taux de conversion',
          'leads',
          "d'ici",
          'fin',
          '2027',
          'Q3',
          'mois',
          'par',
          'per month',
          '31/12/2027',
          'top',
          '3',
          '#',
          '→',
          '',
          ' ',
          'ÉTÉ',
          'décembre',
        ),
        { maxLength: 14 },
      )
      .map((words) => words.join(' ')),
  );
  const maybeNumber = fc.option(fc.oneof(fc.double(), fc.integer()), { nil: undefined });

  it('never throws, scores the number of criteria met, and hints exactly the missing ones', () => {
    fc.assert(
      fc.property(objectives, maybeNumber, maybeNumber, (objective, baseline, target) => {
        const result = smartCheck({ objective, baseline, target });
        const met = SMART_CRITERIA.filter((c) => result.criteria[c]);
        expect(result.score).toBe(met.length);
        for (const c of SMART_CRITERIA) expect(result.hints[c] !== undefined).toBe(!result.criteria[c]);
        const text = formatSmartText(result);
        expect(text.startsWith(`${result.score}/5`)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('an argument only ever adds: a deadline makes T true, a target makes M true, and neither lowers the score', () => {
    const deadline = { year: 2027, month: 12, day: 31 };
    fc.assert(
      fc.property(objectives, fc.double({ min: 0.001, max: 1e6, noNaN: true }), (objective, target) => {
        const plain = smartCheck({ objective });
        const withDeadline = smartCheck({ objective, deadline });
        const withTarget = smartCheck({ objective, target });
        expect(withDeadline.criteria.timeBound).toBe(true);
        expect(withDeadline.score).toBeGreaterThanOrEqual(plain.score);
        expect(withTarget.criteria.measurable).toBe(true);
        expect({ ...withDeadline.criteria, timeBound: plain.criteria.timeBound }).toEqual(plain.criteria);
      }),
      { numRuns: 500 },
    );
  });

  it('a stated date makes any objective time-bound, in either language', () => {
    fc.assert(
      fc.property(
        objectives,
        fc.constantFrom(' d’ici le 31/12/2027', ' by Dec 31, 2027', ' en 6 mois', ' by Q3 2027'),
        (objective, tail) => {
          expect(smartCheck({ objective: objective + tail }).criteria.timeBound).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
