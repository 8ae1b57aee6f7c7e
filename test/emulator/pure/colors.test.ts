import fc from 'fast-check';
import { interpolateColorScale, normalizeColor } from '../../../dev/emulator/view/colors';

describe('normalizeColor', () => {
  it.each([
    ['#FF0000', '#ff0000'],
    ['#ff0000', '#ff0000'],
    ['#F00', '#ff0000'],
    ['#abc', '#aabbcc'],
    ['red', '#ff0000'],
    ['White', '#ffffff'],
    ['black', '#000000'],
    ['green', '#008000'],
    ['rebeccapurple', '#663399'],
    ['  #00FF00 ', '#00ff00'],
    ['rgb(255, 128, 0)', '#ff8000'],
    ['rgb(0,0,0)', '#000000'],
  ])('%j → %s', (input, hex) => {
    expect(normalizeColor(input)).toBe(hex);
  });

  it('returns null for a reset (null or empty)', () => {
    expect(normalizeColor(null)).toBeNull();
    expect(normalizeColor('')).toBeNull();
    expect(normalizeColor('   ')).toBeNull();
  });

  it.each(['#ff00', '#gggggg', 'reddish', 'rgb(256, 0, 0)', '#ff0000ff', 'ff0000'])(
    'rejects %j, naming it',
    (bad) => {
      expect(() => normalizeColor(bad)).toThrow(
        new RegExp(`color must be CSS notation.*"${bad.replace(/[()]/g, '\\$&')}"`),
      );
    },
  );

  it('is idempotent on any #rrggbb', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const hex = `#${n.toString(16).padStart(6, '0')}`;
        expect(normalizeColor(hex.toUpperCase())).toBe(hex);
        expect(normalizeColor(normalizeColor(hex))).toBe(hex);
      }),
    );
  });
});

describe('interpolateColorScale', () => {
  const twoStops = [
    { value: 0, color: '#ffffff' },
    { value: 100, color: '#000000' },
  ];
  const threeStops = [
    { value: 0, color: '#ff0000' },
    { value: 50, color: '#ffff00' },
    { value: 100, color: '#00ff00' },
  ];

  it('gives the stop colours at the stops', () => {
    expect(interpolateColorScale(0, twoStops)).toBe('#ffffff');
    expect(interpolateColorScale(100, twoStops)).toBe('#000000');
    expect(interpolateColorScale(50, threeStops)).toBe('#ffff00');
  });

  it('interpolates each channel linearly and rounds', () => {
    expect(interpolateColorScale(50, twoStops)).toBe('#808080'); // 127.5 rounds to 128
    expect(interpolateColorScale(25, threeStops)).toBe('#ff8000');
    expect(interpolateColorScale(75, threeStops)).toBe('#80ff00');
  });

  it('clamps outside the stops', () => {
    expect(interpolateColorScale(-10, twoStops)).toBe('#ffffff');
    expect(interpolateColorScale(1e9, threeStops)).toBe('#00ff00');
  });

  it('accepts stops in any order and colour notation', () => {
    expect(
      interpolateColorScale(50, [
        { value: 100, color: 'black' },
        { value: 0, color: '#FFF' },
      ]),
    ).toBe('#808080');
  });

  it('rejects 1 or 4 stops, an empty colour and a non-finite value', () => {
    expect(() => interpolateColorScale(1, [{ value: 0, color: 'red' }])).toThrow(/2 or 3 stops, got 1/);
    expect(() => interpolateColorScale(1, [...threeStops, { value: 200, color: 'red' }])).toThrow(/got 4/);
    expect(() => interpolateColorScale(1, [{ value: 0, color: '' }, twoStops[1]!])).toThrow(/empty/);
    expect(() => interpolateColorScale(Number.NaN, twoStops)).toThrow(/finite/);
  });

  it('stays between the two stop colours, channel by channel, and moves monotonically', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffff }),
        fc.integer({ min: 0, max: 0xffffff }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b, t1, t2) => {
          const hex = (n: number): string => `#${n.toString(16).padStart(6, '0')}`;
          const stops = [
            { value: 0, color: hex(a) },
            { value: 1, color: hex(b) },
          ];
          const channel = (c: string, k: number): number => parseInt(c.slice(1 + 2 * k, 3 + 2 * k), 16);
          const [lo, hi] = t1 <= t2 ? [t1, t2] : [t2, t1];
          const cLo = interpolateColorScale(lo, stops);
          const cHi = interpolateColorScale(hi, stops);
          for (let k = 0; k < 3; k += 1) {
            const from = channel(hex(a), k);
            const to = channel(hex(b), k);
            const x = channel(cLo, k);
            const y = channel(cHi, k);
            expect(x).toBeGreaterThanOrEqual(Math.min(from, to));
            expect(x).toBeLessThanOrEqual(Math.max(from, to));
            // Moving further along never moves a channel back towards the start.
            expect(Math.abs(y - from)).toBeGreaterThanOrEqual(Math.abs(x - from));
          }
        },
      ),
    );
  });
});
