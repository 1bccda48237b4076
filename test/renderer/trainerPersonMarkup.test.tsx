// Follow one person rendered to markup: before any run it explains and starts nothing; with two
// runs it lists the people, and shows the followed person's two journeys side by side with every
// event in the engine's order and the first difference stated.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { initialTrainerState, type TrainerState } from '../../renderer/state/trainerSlice';
import type { RunView } from '../../renderer/engine';
import { FollowPersonContent } from '../../renderer/views/trainer/person/FollowPersonContent';
import { ev, person } from './trainerPersonFixtures';

function render(trainer: TrainerState): string {
  return renderToStaticMarkup(<FollowPersonContent left={trainer.left} right={trainer.right} person={trainer.person} onChoose={() => {}} onFilter={() => {}} />);
}

const view = (journeys: ReturnType<typeof person>[]) => ({ journeys }) as unknown as RunView;

const trJourney = person(7, [
  ev('2014-01-01', 'offence', 'atLiberty', '', '1 offence(s); court hearing in 30 days'),
  ev('2014-01-31', 'court', 'atLiberty', '', 'convicted of 1 offence(s) with no report'),
  ev('2014-01-31', 'sentenced', 'communityOrder', 'Kent Probation Trust', 'community order of 12 months, managed by Kent Probation Trust'),
  ev('2014-06-01', 'reallocated', 'communityOrder', 'Kent, Surrey and Sussex CRC', 'case moved to Kent, Surrey and Sussex CRC as the operating model changed'),
  ev('2014-06-01', 'transferred', 'communityOrder', 'NPS Kent, Surrey and Sussex', 'transferred to NPS Kent, Surrey and Sussex: risk of serious harm rose to high'),
]);
const unifiedJourney = person(7, [...trJourney.events.slice(0, 3), ev('2015-01-31', 'orderEnded', 'atLiberty', '', 'order completed')]);
const other = person(8, [ev('2014-02-01', 'sentenced', 'custody', 'NPS London')], { area: 'London' });

describe('FollowPerson markup', () => {
  it('explains that no run has finished and offers no list', () => {
    const html = render(initialTrainerState);
    expect(html).toContain('No run has finished yet');
    expect(html).toContain('<strong>Start</strong>');
    expect(html).not.toContain('data-testid="person-list"');
  });

  it('lists the people with a count and shows the followed person side by side', () => {
    const trainer: TrainerState = {
      ...initialTrainerState,
      left: { ...initialTrainerState.left, status: 'done', fraction: 1, view: view([trJourney, other]) },
      right: { ...initialTrainerState.right!, status: 'done', fraction: 1, view: view([unifiedJourney, other]) },
      person: { serial: 7, filters: { ...initialTrainerState.person.filters, area: 'Kent' } },
    };
    const html = render(trainer);
    for (const id of ['person-filter-sentence', 'person-filter-rosh', 'person-filter-area', 'person-filter-provider', 'person-list', 'person-option-7', 'person-journey-left', 'person-journey-right']) {
      expect(html).toContain(`data-testid="${id}"`);
    }
    expect(html).not.toContain('data-testid="person-option-8"');
    expect(html).toContain('1 of 2 people matches');
    expect(html).toContain('aria-selected="true" data-testid="person-option-7"');

    const side = (name: string) => html.split(`data-testid="person-journey-${name}"`)[1].split('</ol>')[0];
    const kinds = (part: string) => [...part.matchAll(/data-testid="journey-event" data-kind="(\w+)" data-date="([\d-]+)"/g)].map((m) => `${m[2]} ${m[1]}`);
    expect(kinds(side('left'))).toEqual(trJourney.events.map((e) => `${e.date} ${e.kind}`));
    expect(kinds(side('right'))).toEqual(unifiedJourney.events.map((e) => `${e.date} ${e.kind}`));
    expect(html).toContain('transferred to NPS Kent, Surrey and Sussex: risk of serious harm rose to high');
    expect(html).toContain('31 January 2014');
    expect(html).toContain('4 months on a community order');
    expect(html).toContain('data-testid="routes-differ"');
    expect(html).toContain('From 1 June 2014 their routes differ.');
  });

  it('shows one journey when there is no second scenario', () => {
    const trainer: TrainerState = {
      ...initialTrainerState,
      left: { ...initialTrainerState.left, status: 'done', fraction: 1, view: view([trJourney, other]) },
      right: null,
      person: { serial: 8, filters: initialTrainerState.person.filters },
    };
    const html = render(trainer);
    expect(html).toContain('data-testid="person-journey-left"');
    expect(html).not.toContain('data-testid="person-journey-right"');
    expect(html).not.toContain('routes-differ');
    expect(html).toContain('2 of 2 people match');
    expect(html).toContain('Under tr');
  });
});
