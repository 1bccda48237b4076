// Money as £m with one decimal, signs, CRC names from slugs, axis ticks.
import { describe, expect, it } from 'vitest';
import { axisDecimals, axisPoundsM, crcNameFromSlug, niceTicks, poundsM, poundsRangeM, sharePercent, signedPoundsM } from '../../renderer/lib/moneyFormat';

describe('moneyFormat', () => {
  it('formats pounds as £m with one decimal and a true minus sign', () => {
    expect(poundsM(24_831_800)).toBe('£24.8m');
    expect(poundsM(-3_149_999)).toBe('\u2212£3.1m');
    expect(poundsM(40_000)).toBe('£0.0m');
    expect(poundsM(-40_000)).toBe('£0.0m');
    expect(poundsM(NaN)).toBe('—');
  });

  it('always signs a change', () => {
    expect(signedPoundsM(1_200_000)).toBe('+£1.2m');
    expect(signedPoundsM(-400_000)).toBe('\u2212£0.4m');
    expect(signedPoundsM(0)).toBe('£0.0m');
    expect(poundsRangeM(5e6, -1e6)).toBe('\u2212£1.0m to £5.0m');
  });

  it('keeps small risks visible as a percentage', () => {
    expect(sharePercent(0.1391)).toBe('14%');
    expect(sharePercent(0.004)).toBe('0.4%');
    expect(sharePercent(0)).toBe('0%');
  });

  it('names a CRC from its slug until a report gives the real name', () => {
    expect(crcNameFromSlug('hampshire-and-isle-of-wight')).toBe('Hampshire and Isle of Wight');
    expect(crcNameFromSlug('london')).toBe('London');
  });

  it('labels axis ticks in £m and makes nice ticks covering the range', () => {
    expect(axisPoundsM(-1.2)).toBe('\u2212£1.2m');
    expect(axisPoundsM(-0.01)).toBe('£0.0m');
    expect(axisPoundsM(0.123, 2)).toBe('£0.12m');
    expect(axisPoundsM(172.4)).toBe('£172m');
    const ticks = niceTicks(-0.7, 12.3, 7);
    expect(ticks[0]).toBeLessThanOrEqual(-0.7);
    expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(12.3);
    expect(ticks).toEqual([-5, 0, 5, 10, 15]);
    expect(niceTicks(0.1, 0.7, 7)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
    expect(niceTicks(5, 5).length).toBeGreaterThan(1);
    expect(axisDecimals([0.2, -0.4, NaN])).toBe(2);
    expect(axisDecimals([0.2, -1.4])).toBe(1);
  });
});
