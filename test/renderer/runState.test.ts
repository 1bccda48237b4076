import { describe, expect, it } from 'vitest';
import { initialRunState, runReducer, type RunState } from '../../renderer/state/runState';
import { parseStartOptions } from '../../renderer/lib/startOptions';

const settings = { scenarioName: 'as-happened' };

describe('run state', () => {
  it('moves idle → running → done, keeping the last finished view while a new run progresses', () => {
    let state: RunState = runReducer(initialRunState, { type: 'started', runId: 1, settings });
    state = runReducer(state, { type: 'progressed', runId: 1, fraction: 0.5, date: '2010-01-01', warmingUp: true });
    expect(state).toMatchObject({ phase: 'running', fraction: 0.5, warmingUp: true });
    const view = { weeks: [] } as never;
    state = runReducer(state, { type: 'finished', runId: 1, outcome: { status: 'done', view } });
    expect(state).toMatchObject({ phase: 'done', view });
    state = runReducer(state, { type: 'started', runId: 2, settings });
    expect(state.view).toBe(view);
  });

  it('ignores messages from any run but the latest', () => {
    let state = runReducer(initialRunState, { type: 'started', runId: 1, settings });
    state = runReducer(state, { type: 'started', runId: 2, settings });
    const stale = runReducer(state, { type: 'finished', runId: 1, outcome: { status: 'failed', message: 'late' } });
    expect(stale).toBe(state);
  });

  it('keeps how far a cancelled run got', () => {
    let state = runReducer(initialRunState, { type: 'started', runId: 3, settings });
    state = runReducer(state, { type: 'progressed', runId: 3, fraction: 0.3, date: '2008-05-01', warmingUp: true });
    state = runReducer(state, { type: 'finished', runId: 3, outcome: { status: 'cancelled' } });
    expect(state).toMatchObject({ phase: 'cancelled', fraction: 0.3, date: '2008-05-01' });
  });
});

describe('start options from the query string', () => {
  it('reads scale, seed and autorun', () => {
    expect(parseStartOptions('?scale=0.02&seed=7&autorun=0', 'tr')).toEqual({
      settings: { scenarioName: 'tr', scale: 0.02, seed: 7 },
      autorun: false,
      problems: [],
    });
  });

  it('reports bad values instead of using them', () => {
    const options = parseStartOptions('?scale=2&seed=-1', 'tr');
    expect(options.settings).toEqual({ scenarioName: 'tr' });
    expect(options.problems).toEqual([
      'scale=2 ignored: it must be a number above 0 and at most 1.',
      'seed=-1 ignored: it must be a whole number, 0 or more.',
    ]);
  });
});
