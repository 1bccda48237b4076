// A stress preset against its base on common random numbers: paired difference and losses, in words.
import { describe, expect, it } from 'vitest';
import { differenceText, presetComparison, presetSentence } from '../../renderer/lib/moneyPresets';

const M = 1e6;

describe('presetComparison', () => {
  it('pairs replications: a constant shift has a zero-width interval', () => {
    const base = [8, 10, 12, 9, 11].map((v) => v * M);
    const stressed = base.map((v) => v - 3 * M);
    const c = presetComparison(base, stressed);
    expect(c.difference.mean).toBeCloseTo(-3 * M, 6);
    expect(c.difference.ci95![0]).toBeCloseTo(-3 * M, 6);
    expect(c.difference.ci95![1]).toBeCloseTo(-3 * M, 6);
    expect(c.base.mean).toBeCloseTo(10 * M, 6);
    expect(c.stressedLoss.losses).toBe(0);
  });

  it('says what the preset does to profit and to the chance of a loss', () => {
    const base = [2, 3, 4, 5].map((v) => v * M);
    const stressed = [-1, 0.5, -0.2, 1.5].map((v) => v * M);
    const sentence = presetSentence('Staff costs 10% higher', 'All CRCs', presetComparison(base, stressed));
    expect(sentence).toMatch(/^Staff costs 10% higher: profit per year \(All CRCs\) falls from £3\.5m to £0\.2m, \u2212£3\.3m \(95% CI /);
    expect(sentence).toContain('paired over 4 futures on common random numbers');
    expect(sentence).toContain('Futures with a loss: 0 of 4 (up to 53%) at base, 2 of 4 (7%–93%) stressed.');
  });

  it('says when the change is within the noise, and when there is nothing to compare', () => {
    const base = [1, 2, 3, 4].map((v) => v * M);
    const stressed = [1.5, 1.5, 3.5, 3.6].map((v) => v * M);
    expect(presetSentence('P', 'Wales', presetComparison(base, stressed))).toContain('changes, within the noise,');
    expect(presetSentence('P', 'Wales', presetComparison([NaN], [NaN]))).toContain('no CRC profit to compare');
    expect(differenceText(presetComparison([1e6], [3e6]).difference)).toBe('+£2.0m (too few futures for an interval)');
    expect(differenceText(presetComparison([NaN], [NaN]).difference)).toBe('—');
  });
});
