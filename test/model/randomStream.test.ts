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
