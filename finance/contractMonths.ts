// Which months a CRC contract is in force, in which contract year, and under which terms. A month
// counts when it starts on or after the contract start's month, before the contract end and any
// early termination, and while the scenario's operating model is TR (a TR contract cannot run
// under the trusts or the unified model: a timeline that unifies ends it). A 2017-style variation
// changes the terms from the month it is dated in.
import type { Scenario } from '../model/scenario/schema';
import type { CrcTerms } from '../model/scenario/moneySchema';
import { parseIsoDate } from '../model/calendar/dates';
import { Timeline } from '../model/engine/timeline';
import { addMonths, monthsBetween } from './months';
import type { CrcContract } from '../model/scenario/moneySchema';
import type { FinanceRun } from './runData';

export interface ContractMonth {
  /** First day of the month, YYYY-MM-DD. */
  month: string;
  /** Index into the run's months. */
  index: number;
  live: boolean;
  /** The operating model is TR on the month's first day (CRCs exist, with or without a contract). */
  underTr: boolean;
  /** Contract year counted from 0 at the contract start (meaningful when live). */
  contractYear: number;
  /** A variation is in force (MoJ pays fixed costs and carries the volume risk). */
  varied: boolean;
}

export function contractMonths(terms: CrcTerms, timeline: Scenario['timeline'], months: readonly string[]): ContractMonth[] {
  const firstMonth = addMonths(terms.contractStart, 0);
  const termination = terms.events.find((e) => e.kind === 'termination');
  const variation = terms.events.find((e) => e.kind === 'variation');
  const end = Math.min(parseIsoDate(terms.contractEnd), termination ? parseIsoDate(termination.date) : Infinity);
  const variedFrom = variation ? addMonths(variation.date, 0) : undefined;
  return months.map((month, index) => {
    const day = parseIsoDate(month);
    const underTr = Timeline.switchesOn(timeline, day).operatingModel === 'tr';
    const live = underTr && month >= firstMonth && day < end;
    return {
      month,
      index,
      live,
      underTr,
      contractYear: Math.floor(monthsBetween(firstMonth, month) / 12),
      varied: variedFrom !== undefined && month >= variedFrom,
    };
  });
}

/** What every CRC mechanism (payments and costs) reads: the run, the terms, one CRC and its contract months. */
export interface CrcContractArgs {
  run: FinanceRun;
  terms: CrcTerms;
  contract: CrcContract;
  /** CPA index (the CRC's position among the CRCs). */
  cpa: number;
  cpaSlug: string;
  /** contractMonths(terms, timeline, run.activity.months): one per run month. */
  months: readonly ContractMonth[];
}
