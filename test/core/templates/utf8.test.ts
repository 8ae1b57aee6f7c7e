import fc from 'fast-check';
import { utf8ByteLength } from '../../../src/core/templates/utf8';

describe('utf8ByteLength', () => {
  it('counts what Node encodes, for any UTF-16 text, lone surrogates included', () => {
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 100 }), (text) => {
        expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, 'utf8'));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts 1, 2, 3 and 4 bytes per character', () => {
    expect([utf8ByteLength('a'), utf8ByteLength('é'), utf8ByteLength('€'), utf8ByteLength('📈')]).toEqual([
      1, 2, 3, 4,
    ]);
  });

  it('stops soon after the bound: it answers "more than the bound", not the full length', () => {
    const counted = utf8ByteLength('é'.repeat(1000), 10);
    expect(counted).toBeGreaterThan(10);
    expect(counted).toBeLessThanOrEqual(14);
  });
});
