// Picking a person: the four filters, their choices, the count, the one-line summary.
import { describe, expect, it } from 'vitest';
import {
  PROVIDER_OPTIONS,
  ROSH_OPTIONS,
  SENTENCE_OPTIONS,
  areaOptions,
  countWords,
  filterJourneys,
  matchesFilters,
  personSummary,
  sentenceHistoryWords,
  sentencesOf,
} from '../../renderer/lib/trainerPersonFilters';
import type { PersonFilters } from '../../renderer/state/trainerSlice';
import { ev, person } from './trainerPersonFixtures';

const any: PersonFilters = { sentence: '', rosh: '', area: '', provider: '' };

const suspendedThenCustody = person(12379, [
  ev('2012-01-01', 'offence', 'atLiberty'),
  ev('2012-01-07', 'sentenced', 'suspendedOrder', 'Kent Probation Trust'),
  ev('2014-06-01', 'reallocated', 'suspendedOrder', 'Kent, Surrey and Sussex CRC'),
  ev('2015-03-03', 'sentenced', 'custody', 'NPS Kent, Surrey and Sussex'),
  ev('2016-01-01', 'released', 'licence', 'NPS Kent, Surrey and Sussex'),
  ev('2016-05-01', 'recalled', 'recall', 'NPS Kent, Surrey and Sussex'),
]);
const fined = person(12410, [ev('2013-02-01', 'offence', 'atLiberty'), ev('2013-03-01', 'sentenced', 'atLiberty'), ev('2015-03-01', 'desisted', 'left')], {
  area: 'London',
  rosh: 'low',
  offenceGroup: 'other',
});
const community = person(12441, [ev('2012-05-01', 'sentenced', 'communityOrder', 'London Probation Trust')], { area: 'London', rosh: 'high', offenceGroup: 'violence' });
const people = [suspendedThenCustody, fined, community];

describe('filters', () => {
  it('match a sentence any sentenced event put them on, not one they are merely in', () => {
    expect(matchesFilters(suspendedThenCustody, { ...any, sentence: 'custody' })).toBe(true);
    expect(matchesFilters(suspendedThenCustody, { ...any, sentence: 'suspendedOrder' })).toBe(true);
    expect(matchesFilters(suspendedThenCustody, { ...any, sentence: 'communityOrder' })).toBe(false);
    const recalledOnly = person(1, [ev('2012-01-01', 'recalled', 'custody', 'NPS Wales')]);
    expect(matchesFilters(recalledOnly, { ...any, sentence: 'custody' })).toBe(false);
  });
  it('match risk on entry, area, and a provider kind at any point', () => {
    expect(filterJourneys(people, { ...any, rosh: 'high' }).map((p) => p.personSerial)).toEqual([12441]);
    expect(filterJourneys(people, { ...any, area: 'London' }).map((p) => p.personSerial)).toEqual([12410, 12441]);
    expect(filterJourneys(people, { ...any, provider: 'crc' }).map((p) => p.personSerial)).toEqual([12379]);
    expect(filterJourneys(people, { ...any, provider: 'trust' }).map((p) => p.personSerial)).toEqual([12379, 12441]);
    expect(filterJourneys(people, { ...any, provider: 'nps', area: 'London' })).toEqual([]);
  });
  it('keep everyone, in the run order, with no filter', () => {
    expect(filterJourneys(people, any)).toEqual(people);
  });
  it('offer the areas of the run alphabetically, after "any"', () => {
    expect(areaOptions(people)).toEqual([
      { value: '', label: 'Any area' },
      { value: 'Kent', label: 'Kent' },
      { value: 'London', label: 'London' },
    ]);
    expect(SENTENCE_OPTIONS.map((o) => o.value)).toEqual(['', 'communityOrder', 'suspendedOrder', 'custody']);
    expect(ROSH_OPTIONS.map((o) => o.label)).toEqual(['Any risk tier', 'Low risk', 'Medium risk', 'High risk', 'Very high risk']);
    expect(PROVIDER_OPTIONS.map((o) => o.label)).toEqual(['Any provider', 'Supervised by a probation trust', 'Supervised by a CRC', 'Supervised by the NPS']);
  });
  it('count in words', () => {
    expect(countWords(48, 600)).toBe('48 of 600 people match');
    expect(countWords(1, 600)).toBe('1 of 600 people matches');
    expect(countWords(0, 600)).toBe('0 of 600 people match');
  });
});

describe('summaries', () => {
  it('list sentences in recorded order with their years', () => {
    expect(sentencesOf(suspendedThenCustody)).toEqual([
      { state: 'suspendedOrder', date: '2012-01-07' },
      { state: 'custody', date: '2015-03-03' },
    ]);
    expect(sentenceHistoryWords(suspendedThenCustody)).toBe('suspended order 2012, then custody 2015');
    expect(sentenceHistoryWords(person(2, [ev('2012-01-01', 'offence', 'atLiberty')]))).toBe('no sentence recorded');
  });
  it('name at most three sentences and say how many more', () => {
    const many = person(3, ['2012', '2013', '2014', '2015', '2016'].map((y) => ev(`${y}-01-01`, 'sentenced', 'communityOrder', 'X Probation Trust')));
    expect(sentenceHistoryWords(many)).toBe('community order 2012, then community order 2013, then community order 2014, and 2 more');
  });
  it('make one line with area, offence, risk, sentences and recalls', () => {
    expect(personSummary(suspendedThenCustody)).toBe('Person 12379 · Kent · acquisitive · medium risk · suspended order 2012, then custody 2015 · recalled once');
    expect(personSummary(fined)).toBe('Person 12410 · London · other offences · low risk · fine or discharge 2013');
  });
});
