// The renderer's one validity gate (renderer/engine/runGate.ts) and every action that runs the
// model: with a scenario the editor calls invalid (capacity −3 cases per FTE, the example),
// each refuses beside its own control, names the field, adds no page-top notice, and starts no
// worker; the engine's two doors refuse too, so a path that skipped the gate would fail loudly.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EngineClient, loadBuiltIn, runRefusal, RunRefused, startExperiment, type Scenario } from '../../renderer/engine';
import { Store } from '../../renderer/state/store';
import { initialAppState, type AppState } from '../../renderer/state/appState';
import { makeDocument } from '../../renderer/state/documentActions';
import { setAlternative, DOCUMENT_CHOICE } from '../../renderer/state/compareSlice';
import { startRun } from '../../renderer/views/run/runController';
import { startComparison, startExperimentFile } from '../../renderer/views/compare/compareController';
import { restoreExperiment } from '../../experiments/experimentFile';
import { runBatch, runDetail } from '../../renderer/views/money/moneyRuns';
import { distributionPlan, presetPlan, tornadoPlan } from '../../renderer/lib/moneyPlan';
import { runFlows } from '../../renderer/views/flows/flowsRunner';
import { resolveSides } from '../../renderer/views/flows/flowSources';
import { startTrainerRuns } from '../../renderer/views/trainer/trainerRuns';
import { setSideScenario } from '../../renderer/state/trainerSlice';
import { launchJob } from '../../renderer/views/shared/launchJob';

const CAPACITY = 'parameters.supervision.capacityCasesPerFte';

function withCapacity(scenario: Scenario, capacity: number): Scenario {
  const copy = structuredClone(scenario) as Scenario;
  copy.parameters.supervision.capacityCasesPerFte = capacity;
  return copy;
}

const tr = loadBuiltIn('tr');
const broken = withCapacity(tr, -3);

function storeWith(scenario: Scenario): Store<AppState> {
  return new Store(initialAppState(makeDocument(scenario, { kind: 'builtin', name: 'tr' }, 'tr', true)));
}

/** Counts workers made: a refused run must make none. */
let workersMade = 0;
beforeEach(() => {
  workersMade = 0;
  vi.stubGlobal(
    'Worker',
    class {
      constructor() {
        workersMade++;
        throw new Error('no worker may start in this test');
      }
    },
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('runRefusal', () => {
  it('lets every built-in scenario through', () => {
    expect(runRefusal([{ label: 'tr', scenario: tr }, { label: 'unified', scenario: loadBuiltIn('unified') }])).toBeNull();
  });

  it('names the scenario and each failing field, one per line', () => {
    const refusal = runRefusal([
      { label: 'tr', scenario: tr },
      { label: 'my plan', scenario: broken },
    ]);
    expect(refusal).not.toBeNull();
    const [first, ...lines] = refusal!.split('\n');
    expect(first).toBe('my plan cannot run until these are fixed:');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${CAPACITY.replaceAll('.', '\\.')}: `));
  });

  it('judges the scenario as it will run (the run’s scale, not the document’s)', () => {
    const atZeroScale = { ...tr, simulation: { ...tr.simulation, scale: 0 } };
    expect(runRefusal([{ label: 'tr', scenario: atZeroScale }])).toMatch(/simulation\.scale/);
  });
});

describe('the engine’s doors', () => {
  it('EngineClient.run refuses an invalid scenario, or one at an invalid run scale, before any worker starts', () => {
    const client = new EngineClient();
    expect(() => client.run({ scenario: broken }, () => undefined)).toThrow(RunRefused);
    expect(() => client.run({ scenario: tr, scale: -1 }, () => undefined)).toThrow(/simulation\.scale/);
    expect(() => client.prepare(broken)).toThrow(RunRefused);
    expect(workersMade).toBe(0);
  });

  it('a batch launched past the gate ends as failed, naming why, and starts no worker', async () => {
    const events: string[] = [];
    const plan = { variants: [{ id: 'b', label: 'broken', scenario: broken }], seed: 1, replications: 2 };
    const job = launchJob(plan, {
      summarize: () => null,
      started: (j) => events.push(`started ${j.status}`),
      progressed: () => events.push('progress'),
      results: () => events.push('results'),
      ended: (_id, outcome) => events.push('failed' in outcome ? `failed: ${outcome.failed.split('\n')[0]}` : 'ended'),
    });
    await job.finished;
    expect(events).toEqual(['started running', 'failed: broken cannot run until these are fixed:']);
    expect(workersMade).toBe(0);
  });

  it('startExperiment refuses a plan with an invalid variant before any worker starts', () => {
    const plan = { variants: [{ id: 'a', label: 'tr', scenario: tr }, { id: 'b', label: 'broken', scenario: broken }], seed: 1, replications: 1 };
    expect(() => startExperiment(plan)).toThrow(/broken cannot run[\s\S]*capacityCasesPerFte/);
    expect(workersMade).toBe(0);
  });
});

describe('every action that runs the model refuses beside its control', () => {
  const refusalPattern = new RegExp(`cannot run until these are fixed:[\\s\\S]*${CAPACITY.replaceAll('.', '\\.')}`);

  function expectNothingRan(store: Store<AppState>): void {
    expect(workersMade).toBe(0);
    expect(store.state.notices).toEqual([]);
  }

  it('Run', () => {
    const store = storeWith(broken);
    startRun(store);
    expect(store.state.run.refusal).toMatch(refusalPattern);
    expect(store.state.run.job).toBeNull();
    expectNothingRan(store);
  });

  it('Compare (the form’s Start)', () => {
    const store = storeWith(broken);
    store.update((d) => setAlternative(DOCUMENT_CHOICE, true, [DOCUMENT_CHOICE])(d.compare));
    startComparison(store);
    expect(store.state.compare.refusal).toEqual({ control: 'choice', text: expect.stringMatching(refusalPattern) });
    expect(store.state.compare.job).toBeNull();
    expectNothingRan(store);
  });

  it('Compare (an experiment file’s Run), beside that button, not the form’s', () => {
    const store = storeWith(tr);
    const experiment = restoreExperiment({
      format: 'probation-sim/experiment',
      schemaVersion: 1,
      name: 'capacity',
      scenarios: ['tr', { scenario: 'tr', label: 'no capacity', set: { [CAPACITY]: -3 } }],
      replications: 2,
    });
    store.update((d) => {
      d.experiment = { name: 'capacity.json', experiment } as never;
    });
    startExperimentFile(store);
    expect(store.state.compare.refusal).toEqual({ control: 'experiment', text: expect.stringMatching(/^no capacity cannot run until these are fixed:\n.*capacityCasesPerFte/) });
    expect(store.state.compare.job).toBeNull();
    expectNothingRan(store);
  });

  const settings = { replications: 2, scale: null, seed: null };

  it('Money: the distribution', () => {
    const store = storeWith(broken);
    runBatch(store, { kind: 'distribution' }, broken, () => ({ plan: distributionPlan(broken, settings) }));
    expect(store.state.money.refusals).toEqual({ distribution: expect.stringMatching(refusalPattern) });
    expect(store.state.money.distribution).toBeNull();
    expectNothingRan(store);
  });

  it('Money: the tornado', () => {
    const store = storeWith(broken);
    runBatch(store, { kind: 'tornado' }, broken, () => ({ plan: tornadoPlan(broken, settings).plan }));
    expect(store.state.money.refusals).toEqual({ tornado: expect.stringMatching(refusalPattern) });
    expect(store.state.money.tornado).toBeNull();
    expectNothingRan(store);
  });

  it('Money: a stress preset, on an invalid scenario or one it cannot apply to', () => {
    const store = storeWith(broken);
    runBatch(store, { kind: 'preset', presetId: 'volumes-15' }, broken, () => ({ plan: presetPlan(broken, 'volumes-15', settings) }));
    expect(store.state.money.refusals.presets).toMatch(refusalPattern);
    runBatch(store, { kind: 'preset', presetId: 'nope' }, tr, () => ({ plan: presetPlan(tr, 'nope', settings) }));
    expect(store.state.money.refusals.presets).toMatch(/nope/);
    expect(store.state.money.presets).toEqual({});
    expectNothingRan(store);
  });

  it('Money: one future in detail', () => {
    const store = storeWith(broken);
    runDetail(store, broken, settings);
    expect(store.state.money.refusals).toEqual({ detail: expect.stringMatching(refusalPattern) });
    expect(store.state.money.detail).toBeNull();
    expectNothingRan(store);
  });

  it('Flows: neither side runs when one cannot', async () => {
    const store = storeWith(broken);
    const sides = resolveSides(store.state.flows.settings, store.state.document);
    expect(sides.right.scenario).not.toBe(broken);
    await expect(runFlows(store, sides, { seed: 1, replication: 0, scale: 0.01 })).resolves.toEqual([]);
    expect(store.state.flows.refusal).toMatch(refusalPattern);
    expect([store.state.flows.left.status, store.state.flows.right.status]).toEqual(['idle', 'idle']);
    expectNothingRan(store);
  });

  it('Trainer: neither side runs when one cannot', async () => {
    const store = storeWith(broken);
    store.update(setSideScenario('right', 'document'));
    await expect(startTrainerRuns(store)).resolves.toBe(false);
    expect(store.state.trainer.refusal).toMatch(refusalPattern);
    expect(store.state.trainer.refusal).toMatch(/scenario being edited/);
    expect([store.state.trainer.left.status, store.state.trainer.right?.status]).toEqual(['idle', 'idle']);
    expectNothingRan(store);
  });
});
