import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detExp, detLog, detPow } from '../../model/math/detMath';

const relativeError = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), Number.MIN_VALUE);

describe('deterministic log and exp', () => {
  it('agree with Math.log within about an ulp over the engine’s range', () => {
    fc.assert(
      fc.property(fc.double({ min: 2 ** -40, max: 1e12, noNaN: true }), (x) => {
        expect(relativeError(detLog(x), Math.log(x))).toBeLessThan(4e-16 + 1e-300 / Math.abs(Math.log(x) || 1));
      }),
      { numRuns: 5000 },
    );
  });

  it('agree with Math.exp within about an ulp', () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => {
        expect(relativeError(detExp(x), Math.exp(x))).toBeLessThan(4e-16);
      }),
      { numRuns: 5000 },
    );
  });

  it('handle the edges', () => {
    expect(detLog(1)).toBe(0);
    expect(detLog(0)).toBe(-Infinity);
    expect(detLog(-1)).toBeNaN();
    expect(detExp(0)).toBe(1);
    expect(detExp(800)).toBe(Infinity);
    expect(detExp(-800)).toBe(0);
    expect(detPow(2, 10)).toBeCloseTo(1024, 9);
  });

  it('give known bit patterns (so a change in the algorithm is noticed)', () => {
    expect(detLog(2)).toBe(0.6931471805599453);
    expect(detExp(1)).toBe(2.7182818284590455); // one ulp above Math.exp(1): within fdlibm's bound
    expect(detLog(10)).toBe(2.302585092994046);
  });
});
