// One person's journey laid out as rows by date: one journey alone, or the same person's two
// journeys (two scenarios, same seed) aligned so that events on the same date sit on the same row.
// Each side's events keep exactly the order the engine recorded them: rows only ever take events
// from the head of each side's array, so nothing is re-sorted. Before an event, a gap line says how
// long that side spent where it stood since its previous event ("14 months at liberty").
import type { Journey } from '../engine';
import { daysBetween } from './trainerPersonWords';

export type JourneyEvent = Journey['events'][number];

/** An event with its position in the engine's array (the order it was recorded in). */
export interface IndexedEvent {
  event: JourneyEvent;
  index: number;
}

export interface DateRow {
  type: 'date';
  date: string;
  left: IndexedEvent[];
  right: IndexedEvent[];
}

/** A stretch a side spent in one state: from its previous event to its next one. */
export interface Stretch {
  days: number;
  state: string;
}

/**
 * The line before a date row: for each side whose next event is on that row, how long it spent
 * where it stood since its previous event (null for a side with nothing on that row, or no stretch
 * worth a line). A side's stretch is said once, just before the event that ends it.
 */
export interface GapRow {
  type: 'gap';
  left: Stretch | null;
  right: Stretch | null;
}

export type TimelineRow = DateRow | GapRow;

/** Gaps shorter than this are not worth a line of their own. */
const MIN_GAP_DAYS = 7;

/**
 * Rows by date: at each step the earlier of the two heads' dates, then every consecutive event on
 * that date from each side. With `right` empty, one journey's events grouped by date.
 */
export function alignByDate(left: readonly JourneyEvent[], right: readonly JourneyEvent[]): DateRow[] {
  const rows: DateRow[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    const date = i < left.length && j < right.length ? (left[i].date <= right[j].date ? left[i].date : right[j].date) : i < left.length ? left[i].date : right[j].date;
    const row: DateRow = { type: 'date', date, left: [], right: [] };
    while (i < left.length && left[i].date === date) row.left.push({ event: left[i], index: i++ });
    while (j < right.length && right[j].date === date) row.right.push({ event: right[j], index: j++ });
    rows.push(row);
  }
  return rows;
}

interface SideTrack {
  state: string | null;
  date: string | null;
}

/** The stretch that a side's events on this row end, if it is long enough to say. */
function stretchBefore(track: SideTrack, events: IndexedEvent[], date: string, minGapDays: number): Stretch | null {
  if (events.length === 0 || track.state === null || track.date === null) return null;
  const days = daysBetween(track.date, date);
  return days >= minGapDays ? { days, state: track.state } : null;
}

/** After a row: the side's state (null once it has left the model) and the date of its last event. */
function advance(track: SideTrack, events: IndexedEvent[], date: string): SideTrack {
  const last = events.at(-1);
  if (!last) return track;
  return { state: last.event.state === 'left' ? null : last.event.state, date };
}

/** Date rows, with a gap line before a row wherever a side's events there end a stretch of `minGapDays` or more. */
export function timelineRows(left: readonly JourneyEvent[], right: readonly JourneyEvent[], minGapDays = MIN_GAP_DAYS): TimelineRow[] {
  const rows: TimelineRow[] = [];
  let leftTrack: SideTrack = { state: null, date: null };
  let rightTrack: SideTrack = { state: null, date: null };
  for (const row of alignByDate(left, right)) {
    const gap: GapRow = { type: 'gap', left: stretchBefore(leftTrack, row.left, row.date, minGapDays), right: stretchBefore(rightTrack, row.right, row.date, minGapDays) };
    if (gap.left || gap.right) rows.push(gap);
    leftTrack = advance(leftTrack, row.left, row.date);
    rightTrack = advance(rightTrack, row.right, row.date);
    rows.push(row);
  }
  return rows;
}
