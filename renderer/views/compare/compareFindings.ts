// The Compare view's main finding in words: for the charted series, each alternative's difference
// from the baseline over the last reported year, from the same KPI comparison the table and the
// CLI report (so the title, the table and `npm run sim -- compare` agree).
import { differenceFinding } from '../../lib/findings';
import { lastYear } from '../../lib/seriesBands';
import type { SeriesMeasure } from '../../lib/seriesMeasures';
import type { CompareResults } from '../../state/compareSlice';

/** The difference chart's title: one clause per alternative, from the measure's KPI. */
export function differenceTitle(results: CompareResults, measure: SeriesMeasure): string {
  const year = lastYear(results.weeks);
  const comparison = results.comparisons.find((c) => c.kpi === measure.kpi);
  const baseline = results.variants[0].label;
  return results.variants
    .slice(1)
    .map((alt, i) => {
      if (comparison) {
        return differenceFinding({
          alternative: alt.label,
          baseline,
          phrase: measure.phrase,
          kpi: measure.kpi,
          difference: comparison.differences[i],
          baselineMean: comparison.variants[0].mean,
          rate: measure.kind === 'flow' ? ' a year' : '',
          period: `in ${year}`,
        });
      }
      // The experiment's KPI list left this one out: the last week's paired difference instead.
      const band = results.series[measure.series].differences[i];
      const last = band.mean.length - 1;
      const base = results.series[measure.series].variants[0].mean[last];
      return differenceFinding({
        alternative: alt.label,
        baseline,
        phrase: measure.phrase,
        kpi: measure.kpi,
        difference: { mean: band.mean[last], ci95: band.lastCi, n: band.n },
        baselineMean: base,
        period: `in the last week of ${year}`,
      });
    })
    .join('; ');
}
