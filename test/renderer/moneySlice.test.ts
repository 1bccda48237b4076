// The money slice's recipes: settings, jobs that start, progress, fill in and finish, and late
// messages of a replaced job that must change nothing.
import { describe, expect, it } from 'vitest';
import { Store } from '../../renderer/state/store';
import type { AppState } from '../../renderer/state/appState';
import {
  detailFinished,
  detailProgressed,
  detailStarted,
  initialMoneyState,
  jobFinished,
  jobPartial,
  jobProgressed,
  jobStarted,
  learnCrcNames,
  runningBatch,
  setMoneySettings,
  showPreset,
  type DetailJob,
  type MoneyJob,
} from '../../renderer/state/moneySlice';
import { jobProgressOf, newJob } from '../../renderer/state/replicationJob';

const fresh = () => new Store<AppState>({ money: initialMoneyState } as unknown as AppState);

const stamp = { scenarioName: 'tr', scenarioHash: 'h', documentHash: 'd', seed: 1, scale: 0.02, replications: 4, engineVersion: 'v' };
const job = (id: number, extra: object = {}): MoneyJob => ({
  ...newJob(id, 4, 1, 0),
  stamp,
  variantInfo: [{ id: 'base', label: 'tr', scenarioHash: 'h' }],
  columns: [{}],
  ...extra,
});
const progress = (done: number, fraction: number) => ({ done, total: 4, fraction, cached: 0, resumed: 0 });

describe('money slice', () => {
  it('starts with the documented defaults', () => {
    expect(initialMoneyState.settings).toEqual({ crc: 'all', replications: 20, scale: null, seed: null, tornadoKpi: null, tornadoReplications: 10 });
  });

  it('changes settings without touching the undo history', () => {
    const store = fresh();
    store.update(setMoneySettings({ crc: 'london', scale: 0.05 }));
    expect(store.state.money.settings).toMatchObject({ crc: 'london', scale: 0.05, replications: 20 });
    expect(store.canUndo).toBe(false);
  });

  it('runs a job through progress, partial results and its finish', () => {
    const store = fresh();
    const key = { kind: 'distribution' } as const;
    store.update(jobStarted(key, job(1)));
    store.update(jobProgressed(key, 1, progress(2, 0.5), 10));
    store.update(jobPartial(key, 1, 2, [{ 'money.crc.profitPerYear': [1, 2] }]));
    expect(store.state.money.distribution).toMatchObject({ complete: 2, fraction: 0.5 });
    expect(jobProgressOf(store.state.money.distribution!)).toEqual({ fraction: 0.5, done: 2, total: 4, startedAt: 0, updatedAt: 10 });
    expect(runningBatch(store.state.money)?.id).toBe(1);
    // An older partial never overwrites a newer one.
    store.update(jobPartial(key, 1, 1, [{ 'money.crc.profitPerYear': [1] }]));
    expect(store.state.money.distribution!.complete).toBe(2);
    store.update(jobPartial(key, 1, 4, [{ 'money.crc.profitPerYear': [1, 2, 3, 4] }]));
    store.update(jobFinished(key, 1, { cancelled: false, complete: 4 }, 20));
    expect(store.state.money.distribution).toMatchObject({ status: 'done', complete: 4, fraction: 1, runsDone: 4, elapsedMs: 20 });
    expect(runningBatch(store.state.money)).toBeNull();
    expect(Object.isFrozen(store.state.money.distribution!.columns[0]['money.crc.profitPerYear'])).toBe(true);
  });

  it('keeps the finished prefix of a cancelled job', () => {
    const store = fresh();
    const key = { kind: 'distribution' } as const;
    store.update(jobStarted(key, job(3)));
    store.update(jobPartial(key, 3, 2, [{ 'money.crc.profitPerYear': [5, 6] }]));
    store.update(jobFinished(key, 3, { cancelled: true, complete: 2 }, 9));
    expect(store.state.money.distribution).toMatchObject({ status: 'cancelled', complete: 2, columns: [{ 'money.crc.profitPerYear': [5, 6] }] });
    expect(store.state.money.distribution!.fraction).toBeLessThan(1);
  });

  it('ignores the late messages of a job a newer run replaced', () => {
    const store = fresh();
    const key = { kind: 'tornado' } as const;
    store.update(jobStarted(key, job(1, { specs: [], skipped: [] })));
    store.update(jobStarted(key, job(2, { specs: [], skipped: [] })));
    const before = store.state;
    store.update(jobProgressed(key, 1, progress(3, 0.9), 5));
    store.update(jobPartial(key, 1, 3, [{}]));
    store.update(jobFinished(key, 1, { cancelled: true, complete: 3 }, 6));
    expect(store.state).toBe(before);
    store.update(jobFinished(key, 2, { failed: 'boom' }, 7));
    expect(store.state.money.tornado).toMatchObject({ id: 2, status: 'failed', message: 'boom' });
  });

  it('keeps each preset result and shows the latest one started', () => {
    const store = fresh();
    store.update(jobStarted({ kind: 'preset', presetId: 'a' }, job(1, { presetId: 'a' })));
    store.update(jobStarted({ kind: 'preset', presetId: 'b' }, job(2, { presetId: 'b' })));
    expect(store.state.money.activePreset).toBe('b');
    expect(Object.keys(store.state.money.presets)).toEqual(['a', 'b']);
    store.update(showPreset('a'));
    expect(store.state.money.activePreset).toBe('a');
    expect(runningBatch(store.state.money)?.id).toBe(1);
  });

  it('runs the detailed future and learns CRC names', () => {
    const store = fresh();
    const detail: DetailJob = { id: 5, status: 'running', stamp, fraction: 0, date: '', warmingUp: true, startedAt: 0 };
    store.update(detailStarted(detail));
    store.update(detailProgressed(5, { fraction: 0.4, date: '2015-01-01', warmingUp: false }));
    store.update(detailProgressed(4, { fraction: 0.9, date: '2020-01-01', warmingUp: false }));
    expect(store.state.money.detail).toMatchObject({ fraction: 0.4, date: '2015-01-01', warmingUp: false });
    store.update(detailFinished(5, { status: 'done', elapsedMs: 1200 }));
    expect(store.state.money.detail).toMatchObject({ status: 'done', fraction: 1, elapsedMs: 1200 });
    store.update(learnCrcNames({ london: 'London' }));
    const state = store.state;
    store.update(learnCrcNames({ london: 'London' }));
    expect(store.state).toBe(state);
    expect(store.state.money.crcNames).toEqual({ london: 'London' });
  });
});
