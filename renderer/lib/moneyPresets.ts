// A stress preset against its base: both run on common random numbers (replication r of each saw
// the same simulated world), so the change in profit is the paired difference, replication by
// replication, with a 95% t interval far narrower than comparing two separate means would give.
// Also the probability of loss on each side with its exact binomial bounds.
import { pairedDifference } from '../engine';
import type { DifferenceSummary } from '../../experiments/types';
import { lossEstimate, lossShort, type LossEstimate } from './moneyLoss';
import { spreadOf, type Spread } from './moneyDistribution';
import { poundsM, signedPoundsM } from './moneyFormat';

export type { DifferenceSummary };

export interface PresetComparison {
  base: Spread;
  stressed: Spread;
  difference: DifferenceSummary;
  baseLoss: LossEstimate;
  stressedLoss: LossEstimate;
}

export function presetComparison(baseProfits: readonly number[], stressedProfits: readonly number[]): PresetComparison {
  return {
    base: spreadOf(baseProfits),
    stressed: spreadOf(stressedProfits),
    difference: pairedDifference(baseProfits, stressedProfits),
    baseLoss: lossEstimate(baseProfits),
    stressedLoss: lossEstimate(stressedProfits),
  };
}

/** "−£6.7m (95% CI −£6.9m to −£6.5m)", or the mean alone when there is no interval yet. */
export function differenceText(d: DifferenceSummary): string {
  if (d.n === 0) return '—';
  if (d.ci95 === null) return `${signedPoundsM(d.mean)} (too few futures for an interval)`;
  return `${signedPoundsM(d.mean)} (95% CI ${signedPoundsM(d.ci95[0])} to ${signedPoundsM(d.ci95[1])})`;
}

/** The finding in words: what the preset does to mean profit per year, and to the chance of a loss. */
export function presetSentence(presetTitle: string, scopeName: string, c: PresetComparison): string {
  if (c.difference.n === 0) return `${presetTitle}: ${scopeName} has no CRC profit to compare (no contract in force in this scenario).`;
  const d = c.difference;
  const direction = d.ci95 !== null && d.ci95[0] <= 0 && d.ci95[1] >= 0 ? 'changes, within the noise,' : d.mean < 0 ? 'falls' : 'rises';
  return (
    `${presetTitle}: profit per year (${scopeName}) ${direction} from ${poundsM(c.base.mean)} to ${poundsM(c.stressed.mean)}, ` +
    `${differenceText(d)}, paired over ${d.n} futures on common random numbers. ` +
    `Futures with a loss: ${lossShort(c.baseLoss)} at base, ${lossShort(c.stressedLoss)} stressed.`
  );
}
