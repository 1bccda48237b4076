// The period a Sankey shows: the whole reported window, or one reported year (a year runs from the
// reported start's anniversary, so with a 1 January start it is a calendar year). Periods are named
// by their first day, so a choice survives a re-run and means the same on both sides.
import type { FlowMatrix } from '../engine';
import { longDate } from './format';

/** 'all', or the first day of a reported year (YYYY-MM-DD) as listed in `flows.years`. */
export type FlowPeriod = 'all' | string;

export interface PeriodOption {
  value: FlowPeriod;
  label: string;
}

/** "2019" for a calendar year, "year from 1 Jun 2014" otherwise. */
export function yearLabel(start: string): string {
  return start.endsWith('-01-01') ? start.slice(0, 4) : `year from ${longDate(start)}`;
}

/** The years both sides reported (a side whose window differs cannot be compared on the others). */
export function commonYears(sides: readonly (FlowMatrix | null | undefined)[]): string[] {
  const present = sides.filter((s): s is FlowMatrix => !!s);
  if (present.length === 0) return [];
  return present[0].years.filter((year) => present.every((s) => s.years.includes(year)));
}

export function periodOptions(years: readonly string[]): PeriodOption[] {
  const whole = years.length > 0 ? `Whole window (${years[0].slice(0, 4)}–${years[years.length - 1].slice(0, 4)})` : 'Whole window';
  return [{ value: 'all', label: whole }, ...years.map((year) => ({ value: year, label: yearLabel(year) }))];
}

/** A period that is not on offer (the window changed) falls back to the whole window. */
export function effectivePeriod(period: FlowPeriod, years: readonly string[]): FlowPeriod {
  return period !== 'all' && years.includes(period) ? period : 'all';
}

/** "in 2019", "over the whole window": for titles. */
export function periodPhrase(period: FlowPeriod): string {
  if (period === 'all') return 'over the whole window';
  return period.endsWith('-01-01') ? `in ${period.slice(0, 4)}` : `in the year from ${longDate(period)}`;
}

/** The moves of the period, [from][to], national equivalents. */
export function periodMatrix(flows: FlowMatrix, period: FlowPeriod): number[][] {
  if (period === 'all') return flows.counts;
  const index = flows.years.indexOf(period);
  if (index < 0) throw new Error(`The run has no reported year starting ${period}.`);
  return flows.byYear[index];
}

/** The reported years a scenario's settings promise (what its run's `flows.years` will list). */
export function reportedYears(simulation: { start: string; years: number }): string[] {
  const year = Number(simulation.start.slice(0, 4));
  const rest = simulation.start.slice(4);
  return Array.from({ length: simulation.years }, (_, k) => `${String(year + k).padStart(4, '0')}${rest}`);
}
