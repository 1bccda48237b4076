// Plain words for a journey: long dates, stretches of time, headings, tidied details.
import { describe, expect, it } from 'vitest';
import {
  afterEventWords,
  daysBetween,
  durationWords,
  fullDate,
  gapWords,
  kindHeading,
  offenceLabel,
  roshLabel,
  scenarioLabel,
  sentenceLabel,
  statePhrase,
  tidyDetail,
} from '../../renderer/lib/trainerPersonWords';

describe('dates and stretches of time', () => {
  it('writes long dates without a time zone', () => {
    expect(fullDate('2012-01-07')).toBe('7 January 2012');
    expect(fullDate('2021-06-26')).toBe('26 June 2021');
    expect(fullDate('2015-12-31')).toBe('31 December 2015');
  });
  it('counts days across months, leap years and clock changes', () => {
    expect(daysBetween('2012-01-01', '2012-01-07')).toBe(6);
    expect(daysBetween('2012-02-28', '2012-03-01')).toBe(2);
    expect(daysBetween('2015-03-28', '2015-03-30')).toBe(2);
    expect(daysBetween('2013-01-01', '2012-01-01')).toBe(-366);
  });
  it('says a stretch in days, weeks, months, then years and months', () => {
    expect(durationWords(1)).toBe('1 day');
    expect(durationWords(6)).toBe('6 days');
    expect(durationWords(14)).toBe('2 weeks');
    expect(durationWords(60)).toBe('9 weeks');
    expect(durationWords(426)).toBe('14 months');
    expect(durationWords(30)).toBe('4 weeks');
    expect(durationWords(730)).toBe('2 years');
    expect(durationWords(1100)).toBe('3 years');
    expect(durationWords(1200)).toBe('3 years 3 months');
    expect(durationWords(396)).toBe('13 months');
  });
  it('says a gap with where the person stood', () => {
    expect(gapWords(426, 'atLiberty')).toBe('14 months at liberty');
    expect(gapWords(9, 'custody')).toBe('9 days in custody');
    expect(gapWords(800, 'licence')).toBe('2 years 2 months on licence');
    expect(statePhrase('recall')).toBe('in prison on recall');
    expect(statePhrase('somethingNew')).toBe('somethingNew');
  });
});

describe('labels', () => {
  it('heads each kind, and later offences as reoffending', () => {
    expect(kindHeading('sentenced')).toBe('Sentenced');
    expect(kindHeading('recalled')).toBe('Recalled');
    expect(kindHeading('reallocated')).toBe('Case moved');
    expect(kindHeading('offence')).toBe('Offence');
    expect(kindHeading('offence', true)).toBe('Reoffended');
    expect(kindHeading('somethingNew')).toBe('SomethingNew');
  });
  it('names risk, offence, sentence and scenario for a reader', () => {
    expect(roshLabel('veryHigh')).toBe('very high risk');
    expect(roshLabel('medium')).toBe('medium risk');
    expect(offenceLabel('other')).toBe('other offences');
    expect(offenceLabel('violence')).toBe('violence');
    expect(sentenceLabel('suspendedOrder')).toBe('suspended order');
    expect(sentenceLabel('atLiberty')).toBe('fine or discharge');
    expect(scenarioLabel('document')).toBe('the edited scenario');
    expect(scenarioLabel('tr')).toBe('tr');
  });
});

describe('details', () => {
  it('tidies the engine words: plurals, single units, long dates, no repeated "sentenced"', () => {
    expect(tidyDetail('1 offence(s); court hearing in 23 days')).toBe('1 offence; court hearing in 23 days');
    expect(tidyDetail('convicted of 3 offence(s) with no report')).toBe('convicted of 3 offences with no report');
    expect(tidyDetail('sentenced: custody of 1 months; release due 2013-05-04, no supervision on release')).toBe(
      'custody of 1 month; release due 4 May 2013, no supervision on release',
    );
    expect(tidyDetail('fixed-term (1 days) recall to prison')).toBe('fixed-term (1 day) recall to prison');
    expect(tidyDetail('3 proven offence(s), dealt with out of court')).toBe('3 proven offences, dealt with out of court');
    expect(tidyDetail('1 proven offence(s), dealt with out of court')).toBe('1 proven offence, dealt with out of court');
    expect(tidyDetail('transferred to NPS London: risk of serious harm rose to high')).toBe('transferred to NPS London: risk of serious harm rose to high');
  });
  it('says where the person stands after an event and who supervises them', () => {
    expect(afterEventWords({ state: 'licence', provider: 'nps', providerName: 'NPS South Central' })).toBe('Now on licence · NPS South Central');
    expect(afterEventWords({ state: 'atLiberty', provider: 'none', providerName: '' })).toBe('Now at liberty · no probation supervision');
    expect(afterEventWords({ state: 'left', provider: 'none', providerName: '' })).toBe('Leaves the model');
  });
});
