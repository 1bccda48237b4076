import { describe, expect, it } from 'vitest';
import { RandomStream } from '../../model/random/randomStream';

const draws = (stream: RandomStream, n: number) => Array.from({ length: n }, () => stream.uniform());

describe('named random streams', () => {
  it('repeat exactly for the same (seed, replication, name)', () => {
    expect(draws(new RandomStream(7, 0, 'court'), 100)).toEqual(draws(new RandomStream(7, 0, 'court'), 100));
  });

  it('differ by seed, replication and name', () => {
    const base = draws(new RandomStream(7, 0, 'court'), 10);
    expect(draws(new RandomStream(8, 0, 'court'), 10)).not.toEqual(base);
    expect(draws(new RandomStream(7, 1, 'court'), 10)).not.toEqual(base);
    expect(draws(new RandomStream(7, 0, 'breach'), 10)).not.toEqual(base);
  });

  it('give the right means for uniform, exponential, gamma and Poisson draws', () => {
    const s = new RandomStream(1, 0, 'moments');
    const n = 200_000;
    const mean = (f: () => number) => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += f();
      return sum / n;
    };
    expect(mean(() => s.uniform())).toBeCloseTo(0.5, 2);
    expect(mean(() => s.exponential())).toBeCloseTo(1, 1);
    expect(mean(() => s.gamma(0.35))).toBeCloseTo(0.35, 1);
    expect(mean(() => s.gamma(2))).toBeCloseTo(2, 1);
    expect(mean(() => s.poisson(0.85))).toBeCloseTo(0.85, 1);
    expect(mean(() => s.normal())).toBeCloseTo(0, 1);
  });
});

describe('exponential draws (ziggurat)', () => {
  const n = 400_000;
  const sorted = () => {
    const s = new RandomStream(5, 0, 'ziggurat');
    return Float64Array.from({ length: n }, () => s.exponential()).sort();
  };

  it('follow the standard exponential distribution (Kolmogorov-Smirnov at a fixed seed)', () => {
    const xs = sorted();
    let distance = 0;
    for (let i = 0; i < n; i++) {
      const cdf = 1 - Math.exp(-xs[i]);
      distance = Math.max(distance, Math.abs(cdf - i / n), Math.abs(cdf - (i + 1) / n));
    }
    // The 1% critical value is 1.63 / sqrt(n); a broken layer or tail would be far beyond it.
    expect(distance).toBeLessThan(1.63 / Math.sqrt(n));
  });

  it('reach the tail past the base layer at its true rate, and are never 0', () => {
    const xs = sorted();
    expect(xs[0]).toBeGreaterThan(0);
    const beyond = (x: number) => xs.filter((v) => v > x).length / n;
    // P(X > 7.7) = 4.5e-4: about 180 of 400,000 draws.
    expect(beyond(7.697117470131487)).toBeGreaterThan(0.00045 * 0.7);
    expect(beyond(7.697117470131487)).toBeLessThan(0.00045 * 1.3);
    expect(beyond(3)).toBeCloseTo(Math.exp(-3), 3);
  });
});
