// Chart titles that state the finding in words: a difference is "lower"/"higher" only when its
// 95% interval excludes zero, otherwise "no clear difference" with the estimate; levels carry their
// interval and the number of replications; one replication says it has no interval yet.
import { describe, expect, it } from 'vitest';
import { differenceFinding, isClearDifference, levelFinding, levelsFinding, sentenceCase } from '../../renderer/lib/findings';
import { bandOf } from '../../renderer/lib/seriesBands';
import { seriesMeasure } from '../../renderer/lib/seriesMeasures';
import type { ValueSummary } from '../../experiments/types';

function summary(mean: number, ci95: [number, number] | null, n: number): ValueSummary {
  return { n, mean, sd: NaN, ci95, p5: mean, p25: mean, p50: mean, p75: mean, p95: mean };
}

const prison = seriesMeasure('prison.population');
const recalls = seriesMeasure('flow.recalls');

describe('differenceFinding', () => {
  const words = { alternative: 'Unified', baseline: 'TR', phrase: 'the prison population', kpi: 'prison.population', baselineMean: 87_000, period: 'in 2023' };

  it('says which way and by how much when the interval excludes zero', () => {
    expect(differenceFinding({ ...words, difference: { mean: -3_312, ci95: [-3_712, -2_912], n: 20 } })).toBe(
      'Unified lowers the prison population by 3,300 (95% CI 2,900–3,700) against TR in 2023',
    );
    expect(differenceFinding({ ...words, difference: { mean: 1_250, ci95: [850, 1_650], n: 20 } })).toBe(
      'Unified raises the prison population by 1,300 (95% CI 900–1,700) against TR in 2023',
    );
  });

  it('says there is no clear difference when the interval includes zero, and still gives the estimate', () => {
    expect(differenceFinding({ ...words, difference: { mean: 180, ci95: [-300, 660], n: 20 } })).toBe(
      'No clear difference in the prison population between Unified and TR in 2023 (+200, 95% CI −300 to +700, 20 replications)',
    );
  });

  it('says a single replication gives no interval yet', () => {
    expect(differenceFinding({ ...words, difference: { mean: -3_312, ci95: null, n: 1 } })).toBe(
      'Unified lowers the prison population by 3,310 against TR in 2023 (1 replication: no interval yet)',
    );
  });

  it('gives flows a rate and shares percentage points', () => {
    expect(differenceFinding({ ...words, phrase: 'recalls', kpi: 'flows.recallsPerYear', rate: ' a year', baselineMean: 30_000, difference: { mean: -820, ci95: [-1_100, -540], n: 10 } })).toBe(
      'Unified lowers recalls by 800 a year (95% CI 500–1,100) against TR in 2023',
    );
    expect(
      differenceFinding({ ...words, phrase: 'the proven reoffending rate', kpi: 'reoffending.binary', baselineMean: 0.37, difference: { mean: -0.0062, ci95: [-0.0102, -0.0022], n: 20 } }),
    ).toBe('Unified lowers the proven reoffending rate by 0.6 percentage points (95% CI 0.2–1.0) against TR in 2023');
  });

  it('marks clear differences by their interval only', () => {
    expect(isClearDifference({ ci95: [-2, -1] })).toBe(true);
    expect(isClearDifference({ ci95: [1, 2] })).toBe(true);
    expect(isClearDifference({ ci95: [-1, 1] })).toBe(false);
    expect(isClearDifference({ ci95: [0, 1] })).toBe(false);
    expect(isClearDifference({ ci95: null })).toBe(false);
  });
});

describe('levelFinding', () => {
  const band = bandOf([summary(85_000, [84_000, 86_000], 10), summary(86_612, [86_412, 86_812], 10)]);

  it('states where a stock ends, with its interval and replications', () => {
    expect(levelFinding(prison, band, '2023', undefined)).toBe('Prison population ends 2023 at 86,600 (95% CI 86,400–86,800, 10 replications)');
  });

  it('states a flow as its rate over the last reported year, from the KPI', () => {
    expect(levelFinding(recalls, band, '2023', summary(30_353.9, [29_853.9, 30_853.9], 10))).toBe(
      'Recalls to custody run at 30,400 a year in 2023 (95% CI 29,900–30,900, 10 replications)',
    );
  });

  it('says when there is no interval or nothing yet', () => {
    expect(levelFinding(prison, bandOf([summary(86_612, null, 1)]), '2023', undefined)).toBe('Prison population ends 2023 at 86,600 (1 replication: no interval yet)');
    expect(levelFinding(prison, bandOf([]), '2023', undefined)).toBe('Prison population: no replication has finished yet');
  });

  it('puts several scenarios side by side', () => {
    const other = bandOf([summary(83_000, [82_000, 84_000], 10), summary(84_312, [84_112, 84_512], 10)]);
    expect(levelsFinding(prison, ['TR', 'Unified'], [band, other], '2023')).toBe(
      'Prison population at the end of 2023: TR 86,600 (95% CI 86,400–86,800); Unified 84,300 (95% CI 84,100–84,500)',
    );
  });

  it('starts a sentence with a capital', () => {
    expect(sentenceCase('unified')).toBe('Unified');
  });
});
