// The bid forecast is derived from its named, published inputs (bidForecast.ts), and the built-in
// money terms take their forecast bands and path from that derivation, not from the model's run.
import { describe, expect, it } from 'vitest';
import {
  BID_CASE_DECLINE_OVER_CONTRACT,
  BID_TIME_VOLUMES,
  CONTRACT_YEARS,
  PLANNED_CRC_SHARE,
  bidForecastUnits,
  forecastChangePerContractYear,
  forecastFactor,
} from '../../../model/scenario/bidForecast';
import { V3_FORECAST_CHANGE_PER_CONTRACT_YEAR, defaultMoneyTerms } from '../../../model/scenario/moneyDefaults';

describe('bid forecast: the derivation', () => {
  it('reproduces its documented national forecast, 173,203.8 weighted units in contract year 1', () => {
    // (138,859 community + 41,075 suspended) × 1 + 45,000 × 0.8 + 20,000 × 1.2 + 5,000 × 1.5
    // = 247,434 units; × 0.7 planned CRC share = 173,203.8 (docs/money.md § The bid forecast).
    expect(BID_TIME_VOLUMES.communityOrder).toBe(138_859);
    expect(BID_TIME_VOLUMES.suspendedOrder).toBe(41_075);
    const weights = defaultMoneyTerms().crc.volumeWeights;
    expect(bidForecastUnits(BID_TIME_VOLUMES, weights, PLANNED_CRC_SHARE)).toBeCloseTo(173_203.8, 6);
  });

  it('follows each input: the volumes, the weights and the planned share', () => {
    const ones = { communityOrder: 1, suspendedOrder: 1, custodyUnder12m: 1, custody12mTo4y: 1, custodyOver4y: 1 };
    expect(bidForecastUnits({ ...ones, custodyOver4y: 11 }, ones, 1)).toBe(15);
    expect(bidForecastUnits(ones, { ...ones, custodyUnder12m: 3 }, 0.5)).toBe(3.5);
  });

  it('takes the bid case to 2% below year 1 by the last of 7 contract years (NAO 2017, 2019)', () => {
    const change = forecastChangePerContractYear(BID_CASE_DECLINE_OVER_CONTRACT, CONTRACT_YEARS);
    expect(change).toBeCloseTo(-0.0033615, 7);
    expect(forecastFactor(change, CONTRACT_YEARS - 1)).toBeCloseTo(0.98, 12);
    expect(forecastChangePerContractYear(0.02, 1)).toBe(0);
  });

  it('is exactly 1 in every year for no change, and compounds otherwise', () => {
    for (let year = 0; year < 30; year++) expect(forecastFactor(V3_FORECAST_CHANGE_PER_CONTRACT_YEAR, year)).toBe(1);
    expect(forecastFactor(-0.1, 2)).toBeCloseTo(0.81, 15);
    expect(forecastFactor(0.5, 0)).toBe(1);
  });
});

describe('bid forecast: the built-in money terms come from it', () => {
  const crc = defaultMoneyTerms().crc;

  it('the 21 forecast bands, ±10% of their shares, add up to the derived national forecast', () => {
    const bands = Object.values(crc.contracts).map((c) => c.forecastBand);
    const midpoints = bands.reduce((sum, b) => sum + (b.fromUnits + b.toUnits) / 2, 0);
    // Each edge is rounded to a whole unit: at most half a unit each way per CRC.
    expect(Math.abs(midpoints - 173_203.8)).toBeLessThan(21);
    for (const b of bands) expect(b.toUnits / b.fromUnits).toBeCloseTo(1.1 / 0.9, 3);
  });

  it('the change per contract year is the derived path, to six decimals', () => {
    expect(crc.forecastChangePerContractYear).toBe(-0.003361);
    expect(V3_FORECAST_CHANGE_PER_CONTRACT_YEAR).toBe(0);
  });
});
