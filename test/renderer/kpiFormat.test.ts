// KPI numbers as the Run cards, the Compare table and the chart titles print them: the kind of a
// KPI from its dotted name, rounding no finer than the 95% interval warrants, money in its unit,
// shares in per cent (and differences of shares in percentage points), real minus signs.
import { describe, expect, it } from 'vitest';
import {
  displayStep,
  formatDifferenceEstimate,
  formatEstimate,
  formatKpiNumber,
  formatMeanPlusMinus,
  formatRange,
  formatRelative,
  kpiKind,
} from '../../renderer/lib/kpiFormat';

describe('kpiKind', () => {
  it('reads the kind of quantity from the real KPI names', () => {
    expect(kpiKind('prison.population')).toBe('people');
    expect(kpiKind('flows.recallsPerYear')).toBe('people');
    expect(kpiKind('reoffending.binary')).toBe('share');
    expect(kpiKind('reoffending.byDisposal.custodyUnder12m')).toBe('share');
    expect(kpiKind('flows.recallsShortSentenceShare')).toBe('share');
    expect(kpiKind('reoffending.frequency')).toBe('rate');
    expect(kpiKind('money.publicCostPerYear')).toBe('money');
    expect(kpiKind('money.crc.byCrc.london.profitPerYear')).toBe('money');
    expect(kpiKind('money.crc.probabilityOfLoss')).toBe('share');
    expect(kpiKind('money.crc.breakEvenReductionPoints')).toBe('points');
  });
});

describe('displayStep', () => {
  it('keeps one or two figures of the half-width, so the interval ends still differ', () => {
    expect(displayStep('people', 86_612, 200)).toBe(100);
    expect(displayStep('people', 86_612, 1_400)).toBe(100);
    expect(displayStep('people', 86_612, 2_500)).toBe(1_000);
    expect(displayStep('people', 86_612, 90)).toBe(10);
  });

  it('keeps three significant figures without an interval, and never goes below the kind’s finest step', () => {
    expect(displayStep('people', 86_612)).toBe(100);
    expect(displayStep('people', 86_612, 0.3)).toBe(1);
    expect(displayStep('share', 0.3688, 0.00001)).toBe(0.0001);
  });
});

describe('formatEstimate', () => {
  it('prints a population with its interval at the precision the interval allows', () => {
    expect(formatEstimate('prison.population', { mean: 86_612, ci95: [86_412, 86_812], n: 10 })).toEqual({ value: '86,600', interval: '86,400–86,800' });
    expect(formatEstimate('prison.population', { mean: 86_612, ci95: [85_212, 88_012], n: 4 })).toEqual({ value: '86,600', interval: '85,200–88,000' });
  });

  it('says there is no interval from one replication, at three figures', () => {
    expect(formatEstimate('caseload.total', { mean: 258_295.2, ci95: null, n: 1 })).toEqual({ value: '258,000', interval: null });
  });

  it('prints shares in per cent and money in its unit', () => {
    expect(formatEstimate('reoffending.binary', { mean: 0.36883, ci95: [0.3588, 0.3788], n: 5 })).toEqual({ value: '36.9%', interval: '35.9%–37.9%' });
    expect(formatEstimate('money.publicCostPerYear', { mean: 11_205_125_241, ci95: [11_105_125_241, 11_305_125_241], n: 5 })).toEqual({
      value: '£11.21bn',
      interval: '£11.11bn–£11.31bn',
    });
    expect(formatKpiNumber('money', 547_706_666, 1e6)).toBe('£548m');
  });

  it('shows a value that is not defined as a dash', () => {
    expect(formatKpiNumber('people', NaN, 1)).toBe('—');
  });
});

describe('differences', () => {
  it('signs differences and uses "to" between ends that carry signs', () => {
    expect(formatDifferenceEstimate('prison.population', { mean: -3_312, ci95: [-3_712, -2_912], n: 20 }, 87_000)).toEqual({
      value: '−3,300',
      interval: '−3,700 to −2,900',
    });
    expect(formatDifferenceEstimate('prison.population', { mean: 180, ci95: [-300, 660], n: 20 }, 87_000)).toEqual({ value: '+200', interval: '−300 to +700' });
  });

  it('gives differences of shares in percentage points', () => {
    expect(formatDifferenceEstimate('reoffending.binary', { mean: -0.0062, ci95: [-0.0102, -0.0022], n: 20 }, 0.37).value).toBe('−0.6 pts');
  });

  it('prints relative change with a sign, and a dash when undefined', () => {
    expect(formatRelative(-0.0381)).toBe('−3.8%');
    expect(formatRelative(0.41)).toBe('+41%');
    expect(formatRelative(NaN)).toBe('—');
  });

  it('prints a mean ± half-width for table cells', () => {
    expect(formatMeanPlusMinus('prison.population', { mean: 87_200, ci95: [86_800, 87_600], n: 4 })).toBe('87,200 ± 400');
    expect(formatMeanPlusMinus('reoffending.binary', { mean: 0.3688, ci95: [0.3588, 0.3788], n: 4 })).toBe('36.9% ± 1.0 pts');
    expect(formatMeanPlusMinus('caseload.total', { mean: 258_295, ci95: null, n: 1 })).toBe('258,000');
  });

  it('joins ranges with an en dash unless an end has a sign', () => {
    expect(formatRange('1', '2')).toBe('1–2');
    expect(formatRange('−1', '2')).toBe('−1 to 2');
  });
});

describe('ranges of percentage points', () => {
  it('says the unit once', () => {
    expect(formatRange('0 pts', '+7 pts')).toBe('0 to +7 pts');
    expect(formatRange('1 pts', '7 pts')).toBe('1–7 pts');
  });
});

describe('figures that do not vary', () => {
  it('prints no ± and no interval for a figure the scenario fixes', () => {
    expect(formatMeanPlusMinus('money.publicCost.probationPerYear', { mean: 547_706_666, ci95: [547_706_666, 547_706_666], n: 3 })).toBe('£548m');
    expect(formatDifferenceEstimate('money.publicCost.commissionedServicesPerYear', { mean: 105_000_000, ci95: [105_000_000, 105_000_000], n: 3 }, 0)).toEqual({
      value: '+£105m',
      interval: null,
    });
  });
});
