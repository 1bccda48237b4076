// Picking a person from a trainer run: the four filters (sentence, RoSH tier on entry, area, a
// provider kind that supervised them at some point), the choices each offers, the count in words,
// and each person's one-line summary ("Person 12379 · Kent · acquisitive · medium risk · suspended
// order 2012, then custody 2015"). Pure: the view derives all of it from the left run's journeys.
import type { Journey } from '../engine';
import type { PersonFilters } from '../state/trainerSlice';
import { offenceLabel, providerKindLabel, roshLabel, sentenceLabel } from './trainerPersonWords';

export interface FilterOption {
  value: string;
  label: string;
}

export const SENTENCE_OPTIONS: FilterOption[] = [
  { value: '', label: 'Any sentence' },
  { value: 'communityOrder', label: 'A community order' },
  { value: 'suspendedOrder', label: 'A suspended order' },
  { value: 'custody', label: 'Custody' },
];

export const ROSH_OPTIONS: FilterOption[] = [
  { value: '', label: 'Any risk tier' },
  ...['low', 'medium', 'high', 'veryHigh'].map((tier) => ({ value: tier, label: roshLabel(tier).replace(/^./, (c) => c.toUpperCase()) })),
];

export const PROVIDER_OPTIONS: FilterOption[] = [
  { value: '', label: 'Any provider' },
  ...['trust', 'crc', 'nps'].map((kind) => ({ value: kind, label: `Supervised by ${providerKindLabel(kind)}` })),
];

/** The areas people in this run come from, alphabetically, after "any area". */
export function areaOptions(journeys: readonly Journey[]): FilterOption[] {
  const areas = [...new Set(journeys.map((j) => j.area))].sort((a, b) => a.localeCompare(b));
  return [{ value: '', label: 'Any area' }, ...areas.map((area) => ({ value: area, label: area }))];
}

/** The sentences a person received, in the order the engine recorded them: the state each put them in, and when. */
export function sentencesOf(journey: Journey): { state: string; date: string }[] {
  return journey.events.filter((e) => e.kind === 'sentenced').map((e) => ({ state: e.state, date: e.date }));
}

export function matchesFilters(journey: Journey, filters: PersonFilters): boolean {
  if (filters.rosh && journey.rosh !== filters.rosh) return false;
  if (filters.area && journey.area !== filters.area) return false;
  if (filters.sentence && !journey.events.some((e) => e.kind === 'sentenced' && e.state === filters.sentence)) return false;
  if (filters.provider && !journey.events.some((e) => e.provider === filters.provider)) return false;
  return true;
}

/** The people who match, in the run's own order (the engine's sample order). */
export function filterJourneys(journeys: readonly Journey[], filters: PersonFilters): Journey[] {
  return journeys.filter((j) => matchesFilters(j, filters));
}

export function countWords(matching: number, total: number): string {
  return `${matching} of ${total} ${total === 1 ? 'person' : 'people'} ${matching === 1 ? 'matches' : 'match'}`;
}

/** How many sentences a summary names before it says how many more there were. */
const SENTENCES_SHOWN = 3;

/** "suspended order 2012, then custody 2015, and 2 more" (or "no sentence recorded"). */
export function sentenceHistoryWords(journey: Journey): string {
  const sentences = sentencesOf(journey);
  if (sentences.length === 0) return 'no sentence recorded';
  const named = sentences.slice(0, SENTENCES_SHOWN).map((s) => `${sentenceLabel(s.state)} ${s.date.slice(0, 4)}`);
  const more = sentences.length - SENTENCES_SHOWN;
  return named.join(', then ') + (more > 0 ? `, and ${more} more` : '');
}

/** Recalls to prison, which a trainer looks for: "recalled twice". */
function recallWords(journey: Journey): string | null {
  const recalls = journey.events.filter((e) => e.kind === 'recalled').length;
  if (recalls === 0) return null;
  return recalls === 1 ? 'recalled once' : recalls === 2 ? 'recalled twice' : `recalled ${recalls} times`;
}

/** One line that lets a trainer choose a person without opening their journey. */
export function personSummary(journey: Journey): string {
  const parts = [`Person ${journey.personSerial}`, journey.area, offenceLabel(journey.offenceGroup), roshLabel(journey.rosh), sentenceHistoryWords(journey)];
  const recalls = recallWords(journey);
  if (recalls) parts.push(recalls);
  return parts.join(' · ');
}
