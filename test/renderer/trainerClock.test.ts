// The trainer's clock: dates and day numbers round-trip, steps by a day, week and calendar month
// stay inside the reported window, and playing carries fractions of a day and stops at the end.
import { describe, expect, it } from 'vitest';
import { advanceClock, bannerDaysFor, clampDay, clockWindow, dayOf, holdDaysFor, isoOf, stepDay, weekIndexAt } from '../../renderer/lib/trainerClock';

const weeks = ['2012-01-01', '2012-01-08', '2012-01-15', '2012-01-22'];
const window = clockWindow(weeks)!;

describe('dayOf / isoOf', () => {
  it('round-trips dates, leap days and the turn of a year', () => {
    for (const iso of ['1970-01-01', '2012-02-29', '2014-06-01', '2021-06-26', '2023-12-31']) expect(isoOf(dayOf(iso))).toBe(iso);
    expect(dayOf('1970-01-02')).toBe(1);
    expect(dayOf('2013-01-01') - dayOf('2012-12-31')).toBe(1);
    expect(dayOf('2013-01-01') - dayOf('2012-01-01')).toBe(366);
  });
});

describe('clockWindow', () => {
  it('runs from the first week to the last day of the last week', () => {
    expect(isoOf(window.start)).toBe('2012-01-01');
    expect(isoOf(window.end)).toBe('2012-01-28');
    expect(clockWindow([])).toBeNull();
  });
});

describe('stepDay', () => {
  const wide = { start: dayOf('2012-01-01'), end: dayOf('2023-12-30') };
  it('steps a day, a week and a calendar month', () => {
    expect(isoOf(stepDay(dayOf('2014-05-31'), 'day', wide))).toBe('2014-06-01');
    expect(isoOf(stepDay(dayOf('2014-05-28'), 'week', wide))).toBe('2014-06-04');
    expect(isoOf(stepDay(dayOf('2014-05-15'), 'month', wide))).toBe('2014-06-15');
    expect(isoOf(stepDay(dayOf('2014-12-15'), 'month', wide))).toBe('2015-01-15');
  });
  it('clamps the day of month when the next month is shorter', () => {
    expect(isoOf(stepDay(dayOf('2016-01-31'), 'month', wide))).toBe('2016-02-29');
    expect(isoOf(stepDay(dayOf('2015-01-31'), 'month', wide))).toBe('2015-02-28');
    expect(isoOf(stepDay(dayOf('2015-03-31'), 'month', wide, -1))).toBe('2015-02-28');
  });
  it('steps back, and never leaves the window', () => {
    expect(isoOf(stepDay(dayOf('2014-06-01'), 'day', wide, -1))).toBe('2014-05-31');
    expect(stepDay(window.end, 'day', window)).toBe(window.end);
    expect(stepDay(window.end - 3, 'week', window)).toBe(window.end);
    expect(stepDay(window.start, 'month', window, -1)).toBe(window.start);
    expect(clampDay(window.start - 10, window)).toBe(window.start);
  });
});

describe('advanceClock', () => {
  it('moves speed × seconds days, carrying the fraction to the next frame', () => {
    let p = { day: window.start, fraction: 0 };
    // 7 days a second for 30 frames of 1/30 s: one frame moves under a day, so the fraction carries.
    for (let i = 0; i < 30; i++) p = advanceClock(p, 7, 1 / 30, window);
    expect(p.day - window.start).toBe(7);
    expect(p.fraction).toBeCloseTo(0, 6);
  });
  it('stops at the end of the window and says so', () => {
    const end = advanceClock({ day: window.end - 2, fraction: 0.5 }, 30, 1, window);
    expect(end).toEqual({ day: window.end, fraction: 0, ended: true });
    const notYet = advanceClock({ day: window.end - 2, fraction: 0 }, 1, 1, window);
    expect(notYet.ended).toBe(false);
    expect(notYet.day).toBe(window.end - 1);
  });
  it('ignores a negative elapsed time (a clock that went backwards)', () => {
    expect(advanceClock({ day: window.start + 3, fraction: 0.25 }, 30, -1, window)).toEqual({ day: window.start + 3, fraction: 0.25, ended: false });
  });
});

describe('hold and banner lengths', () => {
  it('hold a moment for a few days: longer at higher speed, within bounds', () => {
    expect(holdDaysFor(7)).toBe(2);
    expect(holdDaysFor(30)).toBe(9);
    expect(holdDaysFor(365)).toBe(14);
    expect(bannerDaysFor(7)).toBe(45);
    expect(bannerDaysFor(30)).toBe(90);
    expect(bannerDaysFor(365)).toBe(540);
  });
});

describe('weekIndexAt', () => {
  it('finds the week starting on or before the day', () => {
    expect(weekIndexAt(weeks, dayOf('2011-12-31'))).toBe(-1);
    expect(weekIndexAt(weeks, dayOf('2012-01-01'))).toBe(0);
    expect(weekIndexAt(weeks, dayOf('2012-01-14'))).toBe(1);
    expect(weekIndexAt(weeks, dayOf('2012-01-15'))).toBe(2);
    expect(weekIndexAt(weeks, dayOf('2019-01-01'))).toBe(3);
  });
});
