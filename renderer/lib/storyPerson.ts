// Which person a story's "person" step follows: the first journey of the left run (in the engine's
// order) that matches every field of the step's filter. With a date, someone still in the system on
// that day is preferred, so the clock and the journey on screen tell one story; if nobody fits the
// day, the first match anywhere in the run will do.
import type { Journey } from '../engine';
import type { StoryPersonFilter } from '../../stories';
import { matchesFilters } from './trainerPersonFilters';
import { providerKindLabel, roshLabel } from './trainerPersonWords';

/** The person picker's filters (any area), plus the one only a story has: an event of a kind. */
export function matchesStoryFilter(journey: Journey, filter: StoryPersonFilter): boolean {
  const { sentence = '', rosh = '', provider = '', event } = filter;
  if (!matchesFilters(journey, { sentence, rosh, provider, area: '' })) return false;
  return event === undefined || journey.events.some((e) => e.kind === event);
}

/** The journey spans the day: its first event on or before it, its last on or after. */
function activeOn(journey: Journey, date: string): boolean {
  const events = journey.events;
  return events.length > 0 && events[0].date <= date && events[events.length - 1].date >= date;
}

/** The serial of the person the step follows, or null when nobody in the run matches. */
export function pickStoryPerson(journeys: readonly Journey[], filter: StoryPersonFilter, date?: string): number | null {
  const matching = journeys.filter((j) => matchesStoryFilter(j, filter));
  if (matching.length === 0) return null;
  const onTheDay = date === undefined ? undefined : matching.find((j) => activeOn(j, date));
  return (onTheDay ?? matching[0]).personSerial;
}

/** The filter in words, for the step card: "sentenced to custody, supervised by a CRC, with a recall". */
export function describeStoryFilter(filter: StoryPersonFilter): string {
  const parts: string[] = [];
  if (filter.sentence) parts.push(`sentenced to ${SENTENCE_WORDS[filter.sentence] ?? filter.sentence}`);
  if (filter.rosh) parts.push(`${roshLabel(filter.rosh)} of serious harm on entry`);
  if (filter.provider) parts.push(`supervised by ${providerKindLabel(filter.provider)}`);
  if (filter.event) parts.push(`with ${EVENT_WORDS[filter.event] ?? `a "${filter.event}" event`}`);
  return parts.length === 0 ? 'anyone' : parts.join(', ');
}

const SENTENCE_WORDS: Record<string, string> = { communityOrder: 'a community order', suspendedOrder: 'a suspended sentence order', custody: 'custody' };
const EVENT_WORDS: Record<string, string> = {
  recalled: 'a recall to prison',
  pss: 'post-sentence supervision',
  transferred: 'a transfer to the NPS',
  breach: 'a breach',
  released: 'a release from prison',
  resettlement: 'resettlement before release',
  escalated: 'a rise in risk',
  reallocated: 'a case moved between providers',
  intervention: 'an intervention',
  committed: 'a committal to custody',
};
