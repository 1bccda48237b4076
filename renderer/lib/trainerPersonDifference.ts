// Where the same person's routes part under two scenarios, said in words. A route is the sequence
// of what happens and where it leaves them: each event's kind, the state after it and who
// supervises them. Events are compared in the order the engine recorded them, position by
// position; the first position where the route differs is the point of divergence (its date is
// the earlier of the two events'). Dates and details (a longer order, a later hearing) can differ
// while the route is the same: that is said separately, so a trainer is not told "the routes
// differ" when only the timing does.
import { fullDate, kindHeading, tidyDetail } from './trainerPersonWords';
import type { JourneyEvent } from './trainerPersonTimeline';

export interface RouteDifference {
  /** 'route': what happens or who supervises differs; 'detail': the same route, dates or details differ. */
  level: 'route' | 'detail';
  /** The position in both arrays of the first differing event (one side may have run out). */
  index: number;
  /** The earlier date of the two events at that position. */
  date: string;
}

const sameRoute = (a: JourneyEvent, b: JourneyEvent) => a.kind === b.kind && a.state === b.state && a.provider === b.provider && a.providerName === b.providerName;
const sameEvent = (a: JourneyEvent, b: JourneyEvent) => sameRoute(a, b) && a.date === b.date && a.detail === b.detail;

function firstWhere(left: readonly JourneyEvent[], right: readonly JourneyEvent[], same: (a: JourneyEvent, b: JourneyEvent) => boolean): number | null {
  const n = Math.max(left.length, right.length);
  for (let i = 0; i < n; i++) {
    if (i >= left.length || i >= right.length || !same(left[i], right[i])) return i;
  }
  return null;
}

function dateAt(left: readonly JourneyEvent[], right: readonly JourneyEvent[], index: number): string {
  const dates = [left[index]?.date, right[index]?.date].filter((d): d is string => Boolean(d));
  return dates.reduce((a, b) => (b < a ? b : a));
}

/** The first point where the two journeys differ, or null if they are identical. */
export function routeDifference(left: readonly JourneyEvent[], right: readonly JourneyEvent[]): RouteDifference | null {
  const route = firstWhere(left, right, sameRoute);
  if (route !== null) return { level: 'route', index: route, date: dateAt(left, right, route) };
  const detail = firstWhere(left, right, sameEvent);
  if (detail !== null) return { level: 'detail', index: detail, date: dateAt(left, right, detail) };
  return null;
}

/** What happens on one side at the point of divergence, after "Under tr, ". */
function sidePhrase(events: readonly JourneyEvent[], index: number, showDate: boolean): string {
  const event = events[index];
  if (!event) return 'nothing more is recorded';
  const heading = kindHeading(event.kind, event.kind === 'offence' && index > 0).toLowerCase();
  const detail = tidyDetail(event.detail);
  // An offence's detail says how many and when the hearing is, not what happened: head it.
  const what = !detail ? heading : event.kind === 'offence' ? `${index > 0 ? 'reoffended' : 'offended'} (${detail})` : detail;
  return showDate ? `on ${fullDate(event.date)}: ${what}` : what;
}

/**
 * "From 3 March 2015 their routes differ: under tr the case goes to Kent, Surrey and Sussex CRC;
 * under unified to NPS Kent, Surrey and Sussex." When the same kind of event sends the case to
 * different providers, that is what is said; otherwise each side's event in the engine's words.
 */
export function differenceWords(left: readonly JourneyEvent[], right: readonly JourneyEvent[], names: { left: string; right: string }, difference: RouteDifference | null): string {
  if (!difference) return `Their journeys are identical under ${names.left} and ${names.right}.`;
  const from = fullDate(difference.date);
  if (difference.level === 'detail') {
    return `Under ${names.left} and ${names.right} they take the same route; from ${from} the dates or details differ.`;
  }
  const a = left[difference.index];
  const b = right[difference.index];
  if (a && b && a.kind === b.kind && a.date === b.date && a.providerName && b.providerName && a.providerName !== b.providerName) {
    return `From ${from} their routes differ: under ${names.left} the case goes to ${a.providerName}; under ${names.right} to ${b.providerName}.`;
  }
  // The engine's details may hold semicolons, so each side gets a sentence of its own.
  const showDates = !(a && b && a.date === b.date);
  const side = (name: string, events: readonly JourneyEvent[]) => `Under ${name}, ${sidePhrase(events, difference.index, showDates)}`;
  return `From ${from} their routes differ. ${side(names.left, left)}. ${side(names.right, right)}.`;
}
