// What a story step does to trainer mode: which scenarios, whether the runs (re)start, the clock,
// playing and speed, and the person, as data (stepActions / settleActions) and as the slice's
// recipes applied to a trainer state.
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import type { AppState } from '../../renderer/state/appState';
import { initialTrainerState, type TrainerState } from '../../renderer/state/trainerSlice';
import { clampToWeeks, playsNow, recipeOf, revealActions, settleActions, snapSpeed, stepActions, type StoryAction } from '../../renderer/lib/storyStep';
import { restoreStory, type Story, type StoryStep } from '../../stories';
import type { Journey } from '../../model/runResult';
import type { RunView } from '../../renderer/engine/protocol';

const journey = (personSerial: number, rosh: string, events: [string, string, string, Journey['events'][number]['provider']][]): Journey => ({
  personSerial,
  area: 'Wales',
  offenceGroup: 'violence',
  rosh,
  events: events.map(([date, kind, state, provider]) => ({ day: 0, date, kind, state, provider, detail: kind, providerName: '' })),
});

const journeys: Journey[] = [
  journey(1, 'low', [['2012-03-01', 'sentenced', 'communityOrder', 'trust'], ['2013-01-01', 'orderEnded', 'atLiberty', 'none']]),
  journey(2, 'medium', [['2013-05-01', 'sentenced', 'custody', 'trust'], ['2014-06-01', 'reallocated', 'custody', 'crc'], ['2015-06-01', 'released', 'licence', 'crc'], ['2016-01-01', 'pss', 'pss', 'crc']]),
  journey(3, 'medium', [['2016-05-01', 'sentenced', 'custody', 'crc'], ['2016-09-01', 'released', 'licence', 'crc'], ['2017-01-01', 'pss', 'pss', 'crc']]),
];

const leftView = { weeks: ['2012-01-01', '2012-01-08', '2023-12-24'], journeys } as unknown as RunView;

function story(steps: Partial<StoryStep>[], scenarios: Story['scenarios'] = { left: 'as-happened', right: 'unified' }): Story {
  return restoreStory({
    format: 'probation-sim/story',
    version: 1,
    title: 'Test',
    description: '',
    scenarios,
    steps: steps.map((s) => ({ title: 'A step', text: 'Notice this.', view: 'flow', ...s })),
  });
}

/** A trainer state whose runs are done for the given scenarios. */
function ready(left: string, right: string | null): TrainerState {
  return {
    ...initialTrainerState,
    left: { scenarioName: left, status: 'done', fraction: 1, view: leftView },
    right: right === null ? null : { scenarioName: right, status: 'done', fraction: 1, view: leftView },
  };
}

function apply(trainer: TrainerState, actions: StoryAction[]): TrainerState {
  const state = { trainer } as AppState;
  return produce(state, (draft) => {
    for (const action of actions) recipeOf(action)?.(draft);
  }).trainer;
}

describe('stepActions', () => {
  it('sets the story’s scenarios and (re)starts the runs when they differ, paused until they are done', () => {
    const s = story([{ date: '2014-06-01', play: true, speed: 30 }]);
    const actions = stepActions(s, 0, ready('tr', 'unified'));
    expect(actions).toEqual([
      { kind: 'scenario', side: 'left', name: 'as-happened' },
      { kind: 'speed', speed: 30 },
      { kind: 'playing', playing: false },
      { kind: 'startRuns' },
    ]);
    const after = apply(ready('tr', 'unified'), actions);
    expect(after.left).toMatchObject({ scenarioName: 'as-happened', status: 'idle', view: null });
    expect(after.right).toMatchObject({ scenarioName: 'unified', status: 'done' });
    expect(after.clock).toMatchObject({ playing: false, speed: 30 });
  });

  it('drops the right side for a one-scenario story, and adds it back for a two-scenario one', () => {
    expect(stepActions(story([{}], { left: 'tr', right: null }), 0, ready('tr', 'unified'))[0]).toEqual({ kind: 'scenario', side: 'right', name: null });
    expect(apply(ready('tr', 'unified'), [{ kind: 'scenario', side: 'right', name: null }]).right).toBeNull();
    expect(stepActions(story([{}], { left: 'tr', right: 'trusts' }), 0, ready('tr', null))[0]).toEqual({ kind: 'scenario', side: 'right', name: 'trusts' });
  });

  it('starts the runs when the scenarios match but nothing has run yet (or a run failed)', () => {
    const idle = { ...initialTrainerState, left: { ...initialTrainerState.left, scenarioName: 'as-happened' }, right: { ...initialTrainerState.right!, scenarioName: 'unified' } };
    expect(stepActions(story([{}]), 0, idle)).toEqual([{ kind: 'playing', playing: false }, { kind: 'startRuns' }]);
    const failed = ready('as-happened', 'unified');
    failed.right = { ...failed.right!, status: 'failed' };
    expect(stepActions(story([{}]), 0, failed).at(-1)).toEqual({ kind: 'startRuns' });
  });

  it('with the runs ready, settles at once: the clock, playing, the person', () => {
    const s = story([{ view: 'person', date: '2016-06-01', play: true, speed: 91, person: { sentence: 'custody', provider: 'crc', event: 'pss' } }]);
    const actions = stepActions(s, 0, ready('as-happened', 'unified'));
    expect(actions).toEqual([
      { kind: 'speed', speed: 91 },
      { kind: 'date', date: '2016-06-01' },
      { kind: 'playing', playing: true },
      { kind: 'person', serial: 3 },
    ]);
    const after = apply(ready('as-happened', 'unified'), actions);
    expect(after.clock).toEqual({ date: '2016-06-01', playing: true, speed: 91 });
    expect(after.person.serial).toBe(3);
    expect(after.mode).toBe(initialTrainerState.mode);
  });

  it('a step that says nothing about playing pauses; one without a date leaves the clock', () => {
    const actions = stepActions(story([{}]), 0, ready('as-happened', 'unified'));
    expect(actions).toEqual([{ kind: 'playing', playing: false }]);
  });

  it('returns nothing for a step that does not exist', () => {
    expect(stepActions(story([{}]), 5, ready('as-happened', 'unified'))).toEqual([]);
  });
});

describe('settleActions', () => {
  it('keeps the clock inside the run and picks the first matching person still in the system on that day', () => {
    const step = story([{ view: 'person', date: '2030-01-01', person: { sentence: 'custody' } }]).steps[0];
    expect(settleActions(step, leftView)).toEqual([
      { kind: 'date', date: '2023-12-24' },
      { kind: 'playing', playing: false },
      // Nobody spans 2023-12-24: the first match anywhere.
      { kind: 'person', serial: 2 },
    ]);
    const onTheDay = story([{ view: 'person', date: '2016-06-01', person: { sentence: 'custody' } }]).steps[0];
    expect(settleActions(onTheDay, leftView).at(-1)).toEqual({ kind: 'person', serial: 3 });
  });

  it('follows nobody (null) when nobody matches, and leaves the person alone on a step without a filter', () => {
    const none = story([{ view: 'person', person: { rosh: 'veryHigh' } }]).steps[0];
    expect(settleActions(none, leftView).at(-1)).toEqual({ kind: 'person', serial: null });
    expect(settleActions(story([{}]).steps[0], leftView).some((a) => a.kind === 'person')).toBe(false);
  });

  it('without a run, sets the date as written and picks nobody yet', () => {
    const step = story([{ date: '2010-01-01', person: { rosh: 'low' } }]).steps[0];
    expect(settleActions(step, null)).toEqual([
      { kind: 'date', date: '2010-01-01' },
      { kind: 'playing', playing: false },
    ]);
  });
});

describe('predict, then reveal', () => {
  const question = { prompt: 'Up or down?', choices: ['Up', 'Down'], answer: 'Up' };

  it('a question step stays paused until Reveal, then plays if the step says so', () => {
    const step = story([{ play: true, question }]).steps[0];
    expect(playsNow(step, false)).toBe(false);
    expect(playsNow(step, true)).toBe(true);
    expect(settleActions(step, leftView, false)).toContainEqual({ kind: 'playing', playing: false });
    expect(settleActions(step, leftView, true)).toContainEqual({ kind: 'playing', playing: true });
    expect(revealActions(step)).toEqual([{ kind: 'playing', playing: true }]);
    expect(revealActions(story([{ question }]).steps[0])).toEqual([]);
    expect(revealActions(story([{ play: true }]).steps[0])).toEqual([]);
  });
});

describe('helpers', () => {
  it('snaps a speed to the nearest one the player offers', () => {
    expect(snapSpeed(30)).toBe(30);
    expect(snapSpeed(1)).toBe(7);
    expect(snapSpeed(60)).toBe(91);
    expect(snapSpeed(45)).toBe(30);
    expect(snapSpeed(3650)).toBe(365);
  });

  it('clamps a date into the run’s weeks', () => {
    expect(clampToWeeks('2004-01-01', leftView.weeks)).toBe('2012-01-01');
    expect(clampToWeeks('2015-02-01', leftView.weeks)).toBe('2015-02-01');
    expect(clampToWeeks('2029-01-01', leftView.weeks)).toBe('2023-12-24');
    expect(clampToWeeks('2015-02-01', [])).toBe('2015-02-01');
  });
});
