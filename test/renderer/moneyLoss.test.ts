// The probability of a loss and its exact binomial bounds, said in words.
import { describe, expect, it } from 'vitest';
import { binomialCdf, binomialLower, binomialUpper, lossEstimate, lossSentence, lossShort } from '../../renderer/lib/moneyLoss';

describe('binomial bounds', () => {
  it('sums the binomial probabilities exactly', () => {
    expect(binomialCdf(0, 3, 0.5)).toBeCloseTo(0.125, 12);
    expect(binomialCdf(1, 3, 0.5)).toBeCloseTo(0.5, 12);
    expect(binomialCdf(3, 3, 0.2)).toBe(1);
    expect(binomialCdf(-1, 3, 0.2)).toBe(0);
  });

  it('gives the rule-of-three bound for no losses (1 − 0.05^(1/n))', () => {
    expect(binomialUpper(0, 20, 0.05)).toBeCloseTo(1 - 0.05 ** (1 / 20), 8);
    expect(binomialUpper(0, 20, 0.05)).toBeCloseTo(0.1391, 4);
    // Close to 3/n for large n.
    expect(binomialUpper(0, 300, 0.05)).toBeCloseTo(3 / 300, 3);
  });

  it('matches published Clopper-Pearson intervals', () => {
    // 3 of 20: 95% exact interval 3.2% to 37.9%.
    expect(binomialLower(3, 20, 0.025)).toBeCloseTo(0.0321, 3);
    expect(binomialUpper(3, 20, 0.025)).toBeCloseTo(0.3789, 3);
  });

  it('is symmetric: k of n losses bound like n − k profits', () => {
    expect(binomialLower(17, 20, 0.025)).toBeCloseTo(1 - binomialUpper(3, 20, 0.025), 8);
    expect(binomialLower(20, 20, 0.05)).toBeCloseTo(0.05 ** (1 / 20), 8);
  });
});

describe('lossEstimate and its words', () => {
  it('counts losses among defined profits only', () => {
    const e = lossEstimate([1, -2, NaN, 3, -0.5]);
    expect(e).toMatchObject({ n: 4, losses: 2, share: 0.5, oneSided: false });
    expect(e.lower).toBeGreaterThan(0);
    expect(e.upper).toBeLessThan(1);
  });

  it('says plainly that no loss in 20 does not rule out 14%', () => {
    const sentence = lossSentence(lossEstimate(new Array(20).fill(5e6)));
    expect(sentence).toContain('0 of 20 simulated futures made a loss');
    expect(sentence).toContain('up to 14% cannot be ruled out');
  });

  it('gives an interval when some futures lost', () => {
    const values = [...new Array(17).fill(1), -1, -1, -1];
    const sentence = lossSentence(lossEstimate(values));
    expect(sentence).toContain('3 of 20 simulated futures made a loss (15%)');
    expect(sentence).toContain('from 3% to 38%');
    expect(lossShort(lossEstimate(values))).toBe('3 of 20 (3%–38%)');
  });

  it('handles every future losing, and no defined profit at all', () => {
    expect(lossSentence(lossEstimate([-1, -2, -3]))).toContain('All 3 simulated futures made a loss');
    expect(lossShort(lossEstimate([-1, -2, -3]))).toMatch(/^3 of 3 \(at least \d+%\)$/);
    expect(lossEstimate([NaN, NaN]).n).toBe(0);
    expect(lossSentence(lossEstimate([NaN]))).toContain('no contract was in force');
    expect(lossShort(lossEstimate([]))).toBe('—');
  });
});

describe('lossSentence grammar', () => {
  it('speaks of one replication in the singular', () => {
    expect(lossSentence(lossEstimate([5]))).toBe(
      '0 of 1 simulated future made a loss. That does not make a loss impossible: with 1 replication, a loss rate of up to 95% cannot be ruled out (95% exact binomial bound).',
    );
  });
});
