// Calendar months as the finance module counts them: a month is named by its first day
// (YYYY-MM-01); payment dates are whole months after the end of what they pay for.
import { civilOf, epochDayOf, parseIsoDate, isoDateOf } from '../model/calendar/dates';

/** The first day of the month `count` months after the month containing `date` (YYYY-MM-DD). */
export function addMonths(date: string, count: number): string {
  const { year, month } = civilOf(parseIsoDate(date));
  const zeroBased = year * 12 + (month - 1) + count;
  return isoDateOf(epochDayOf(Math.floor(zeroBased / 12), (zeroBased % 12) + 1, 1));
}

/** Whole months from the month of `from` to the month of `to` (negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  const a = civilOf(parseIsoDate(from));
  const b = civilOf(parseIsoDate(to));
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** 'YYYY-MM' of a date. */
export function monthLabel(date: string): string {
  return date.slice(0, 7);
}

/** 'YYYY-Qn' of a date. */
export function quarterLabel(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Days in the month that starts on `monthStart`. */
export function daysInMonthOf(monthStart: string): number {
  return parseIsoDate(addMonths(monthStart, 1)) - parseIsoDate(monthStart);
}
