// Progress of a money run in words, with a time left only once there is a pace to go on.
import { describe, expect, it } from 'vitest';
import { durationText, etaMs, progressText } from '../../renderer/lib/moneyProgress';
import { validateNumberText } from '../../renderer/views/money/NumberSetting';

describe('money progress', () => {
  it('estimates the time left from the pace so far, not too early', () => {
    expect(etaMs({ fraction: 0.25, done: 5, total: 20, startedAt: 0, updatedAt: 10_000 })).toBe(30_000);
    expect(etaMs({ fraction: 0.5, done: 10, total: 20, startedAt: 0, updatedAt: 1000 })).toBeUndefined();
    expect(etaMs({ fraction: 0.01, done: 0, total: 20, startedAt: 0, updatedAt: 9000 })).toBeUndefined();
    expect(etaMs({ fraction: 1, done: 20, total: 20, startedAt: 0, updatedAt: 1 })).toBe(0);
  });

  it('says it in words', () => {
    expect(durationText(40_400)).toBe('40 s');
    expect(durationText(190_000)).toBe('3 min 10 s');
    expect(durationText(120_000)).toBe('2 min');
    expect(progressText({ fraction: 0.25, done: 5, total: 20, startedAt: 0, updatedAt: 10_000 })).toBe('5 of 20 replications done (25%), about 30 s left');
    expect(progressText({ fraction: 0.1, done: 0, total: 22, startedAt: 0, updatedAt: 500 }, 'runs')).toBe('0 of 22 runs done (10%), estimating the time left');
  });
});

describe('run settings input', () => {
  it('accepts valid numbers, empty where allowed, and names what is wrong', () => {
    const replications = { min: 2, max: 1000, integer: true };
    expect(validateNumberText('20', replications)).toEqual({ value: 20 });
    expect(validateNumberText('2.5', replications)).toEqual({ error: 'enter a whole number' });
    expect(validateNumberText('1', replications)).toEqual({ error: 'enter a number from 2 to 1000' });
    expect(validateNumberText('', replications)).toEqual({ error: 'enter a number' });
    expect(validateNumberText(' ', { min: 0.001, max: 1, allowEmpty: true })).toEqual({ value: null });
    expect(validateNumberText('abc', { min: 0, max: 1 })).toEqual({ error: '"abc" is not a number' });
  });
});
