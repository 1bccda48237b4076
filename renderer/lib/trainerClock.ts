// The trainer's simulated clock as arithmetic: dates are YYYY-MM-DD strings in the store (what the
// engine's journeys and weekly series use), whole day numbers (days since 1970-01-01, UTC) inside
// the animation so that comparing, stepping and interpolating are plain integer sums. The clock
// never leaves the reported window; playing advances it by speed × elapsed real seconds, carrying
// the fraction of a day between frames so that slow speeds still move.
import { civilOf, daysInMonth, epochDayOf, isoDateOf, parseIsoDate } from '../engine';
import { lastAtOrBefore } from './sortedSearch';

/** YYYY-MM-DD → days since 1970-01-01: the engine's own calendar arithmetic (no Date, so no time zone). */
export const dayOf = parseIsoDate;

/** Days since 1970-01-01 → YYYY-MM-DD. */
export const isoOf = isoDateOf;

/** The reported window: from the first week's start to the last day of the last week. */
export interface ClockWindow {
  start: number;
  end: number;
}

export function clockWindow(weeks: readonly string[]): ClockWindow | null {
  if (weeks.length === 0) return null;
  return { start: dayOf(weeks[0]), end: dayOf(weeks[weeks.length - 1]) + 6 };
}

export function clampDay(day: number, window: ClockWindow): number {
  return Math.min(window.end, Math.max(window.start, day));
}

export type ClockStep = 'day' | 'week' | 'month';

/** One calendar month on: 31 January → 28/29 February (the day clamps to the month's length). */
function addMonths(day: number, months: number): number {
  const { year, month, day: dayOfMonth } = civilOf(day);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return epochDayOf(targetYear, targetMonth, Math.min(dayOfMonth, daysInMonth(targetYear, targetMonth)));
}

/** The clock moved by one step (direction -1 steps back), kept inside the window. */
export function stepDay(day: number, step: ClockStep, window: ClockWindow, direction: 1 | -1 = 1): number {
  const next = step === 'day' ? day + direction : step === 'week' ? day + 7 * direction : addMonths(day, direction);
  return clampDay(next, window);
}

/** The playing clock: the whole day shown and the fraction of a day carried to the next frame. */
export interface PlayPosition {
  day: number;
  fraction: number;
}

/**
 * The clock after `seconds` of real time at `speed` simulated days per second. Stops at the
 * window's end (`ended`), so a play loop knows to pause there rather than run past the data.
 */
export function advanceClock(position: PlayPosition, speed: number, seconds: number, window: ClockWindow): PlayPosition & { ended: boolean } {
  const total = position.fraction + Math.max(0, speed * seconds);
  const whole = Math.floor(total);
  const day = position.day + whole;
  if (day >= window.end) return { day: window.end, fraction: 0, ended: true };
  return { day: Math.max(window.start, day), fraction: total - whole, ended: false };
}

/**
 * How long a passing moment (a court hearing, an allocation, a breach) stays on screen, in
 * simulated days: about a third of a second of real time, never under 2 days (so stepping by a day
 * still shows it) nor over 14 (so the person's real state is not hidden for long).
 */
export function holdDaysFor(speed: number): number {
  return Math.min(14, Math.max(2, Math.round(speed * 0.3)));
}

/** How long a change-of-model banner stays up, in simulated days: about three seconds of play. */
export function bannerDaysFor(speed: number): number {
  return Math.min(540, Math.max(45, Math.round(speed * 3)));
}

/** The index of the last week starting on or before `day` (-1 before the first week). */
export function weekIndexAt(weeks: readonly string[], day: number): number {
  // The weeks are YYYY-MM-DD text, which sorts in date order: the day is written once, not each week parsed.
  return lastAtOrBefore(weeks, isoOf(day));
}

const MS_PER_DAY = 86_400_000;

/** "Sunday 1 June 2014", for the line under the big ISO date (format.ts longDate takes an ISO date and has no weekday). */
const LONG_DATE = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function longDateWithWeekday(day: number): string {
  return LONG_DATE.format(new Date(day * MS_PER_DAY));
}
