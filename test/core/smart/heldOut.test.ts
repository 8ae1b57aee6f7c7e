import { smartCheck } from '../../../src/core/smart';
import { HELD_OUT_ENGLISH, HELD_OUT_FRENCH, HELD_OUT_SECOND, type HeldOutObjective } from './heldOut';

// Measures how well the Specific rules generalise to objectives they were not tuned on. A miss is
// listed by the failure message; the floor is what the rules reached when the batch was first measured,
// minus one objective, so a regression shows and one new hard case does not block a change.

function misses(batch: readonly HeldOutObjective[]): string[] {
  return batch
    .filter((h) => smartCheck({ objective: h.objective }).criteria.specific !== h.specific)
    .map((h) => `${h.specific ? 'should be specific' : 'should not be specific'}: ${h.objective}`);
}

describe('Specific on held-out objectives', () => {
  it.each([
    ['first batch, English', HELD_OUT_ENGLISH],
    ['first batch, French', HELD_OUT_FRENCH],
    ['second batch, both languages', HELD_OUT_SECOND],
  ] as const)('%s: at least 95 %% right', (_name, batch) => {
    const missed = misses(batch);
    const accuracy = 1 - missed.length / batch.length;
    if (accuracy < 0.95)
      throw new Error(`${Math.round(accuracy * 100)} % right; missed:\n${missed.join('\n')}`);
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('says what to name when the object is a broad concept', () => {
    expect(smartCheck({ objective: 'Améliorer l’expérience client d’ici fin 2027' }).hints.specific).toBe(
      '«\u00a0expérience\u00a0» est trop large\u00a0: nommez l’indicateur, le segment ou le canal visé (ex. «\u00a0abonnés Instagram\u00a0»)',
    );
    expect(smartCheck({ objective: 'Grow our audience by 2027' }).hints.specific).toMatch(
      /^"audience" is too broad/,
    );
  });
});
