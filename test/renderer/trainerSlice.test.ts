// Trainer mode's recipes: runs landing on their side, progress never going back, the story's
// reveal reset on every step.
import { describe, expect, it } from 'vitest';
import { Store } from '../../renderer/state/store';
import { initialAppState, type AppState } from '../../renderer/state/appState';
import { makeDocument } from '../../renderer/state/documentActions';
import { goToStep, openStory, revealAnswer, setSideScenario, sideFinished, sideProgressed, sideStarted } from '../../renderer/state/trainerSlice';
import { loadBuiltIn } from '../../renderer/engine/scenarioTools';
import { trainerScenario, TRAINER_JOURNEYS } from '../../renderer/views/trainer/trainerRuns';

const fresh = () => new Store<AppState>(initialAppState(makeDocument(loadBuiltIn('tr'), { kind: 'builtin', name: 'tr' }, 'tr')));

describe('trainer slice', () => {
  it('starts with tr against unified at a small scale', () => {
    const store = fresh();
    expect(store.state.trainer.left.scenarioName).toBe('tr');
    expect(store.state.trainer.right?.scenarioName).toBe('unified');
    expect(store.state.trainer.scale).toBeLessThanOrEqual(0.02);
  });

  it('keeps progress monotone and lands a failure with its message', () => {
    const store = fresh();
    store.update(sideStarted('left'));
    store.update(sideProgressed('left', 0.5));
    store.update(sideProgressed('left', 0.3));
    expect(store.state.trainer.left.fraction).toBe(0.5);
    store.update(sideFinished('left', { status: 'failed', message: 'boom' }));
    expect(store.state.trainer.left).toMatchObject({ status: 'failed', message: 'boom', view: null });
  });

  it('can drop the right side and bring it back idle', () => {
    const store = fresh();
    store.update(setSideScenario('right', null));
    expect(store.state.trainer.right).toBeNull();
    store.update(setSideScenario('right', 'as-happened'));
    expect(store.state.trainer.right).toMatchObject({ scenarioName: 'as-happened', status: 'idle', view: null });
  });

  it('opens a story at its first step in the stories part, and each step hides the answer again', () => {
    const store = fresh();
    store.update(openStory('as-happened'));
    expect(store.state.trainer.mode).toBe('stories');
    store.update(revealAnswer());
    expect(store.state.trainer.story.revealed).toBe(true);
    store.update(goToStep(1));
    expect(store.state.trainer.story).toMatchObject({ step: 1, revealed: false });
  });

  it('runs the chosen scenario at the trainer scale and seed with a larger journey sample', () => {
    const store = fresh();
    const scenario = trainerScenario(store.state, 'unified');
    expect(scenario.simulation).toMatchObject({ scale: store.state.trainer.scale, seed: store.state.trainer.seed, journeySampleSize: TRAINER_JOURNEYS });
    expect(trainerScenario(store.state, 'document').name).toBe('tr');
  });
});
