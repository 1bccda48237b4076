// Civil dates ↔ day numbers (days since 1970-01-01), by Howard Hinnant's integer algorithms:
// no Date object (clocks and time zones have no place in model/), exact for any Gregorian date.
import type { Day } from '../units';

export function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilOf(epochDay: number): { year: number; month: number; day: number } {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Parses YYYY-MM-DD; returns NaN when it is not a real calendar date. */
export function parseIsoDate(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return NaN;
  const epochDay = epochDayOf(year, month, day);
  const back = civilOf(epochDay);
  return back.month === month && back.day === day ? epochDay : NaN;
}

export function isoDateOf(epochDay: number): string {
  const { year, month, day } = civilOf(epochDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The epoch day `years` whole years after (or before): same day and month; 29 February becomes 28 in a common year. */
export function addYears(epochDay: number, years: number): Day {
  const { year, month, day } = civilOf(epochDay);
  return epochDayOf(year + years, month, Math.min(day, daysInMonth(year + years, month))) as Day;
}

/** Index of the calendar quarter containing the day, counted from year 0 (year * 4 + quarter). */
export function quarterIndexOf(epochDay: number): number {
  const { year, month } = civilOf(epochDay);
  return year * 4 + Math.floor((month - 1) / 3);
}

export function quarterStartOf(quarterIndex: number): number {
  return epochDayOf(Math.floor(quarterIndex / 4), (quarterIndex % 4) * 3 + 1, 1);
}
