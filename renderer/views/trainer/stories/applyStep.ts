// Carries out a story step's plan (renderer/lib/storyStep.ts) on the store: the scenarios, the runs,
// then (once the runs are done, if any were needed) the clock and the person. A step the presenter
// has already left by the time its runs finish is not settled: the newer step owns the screen.
import type { Store } from '../../../state/store';
import type { AppState } from '../../../state/appState';
import { addNotice } from '../../../state/documentActions';
import { goToStep, openStory, revealAnswer } from '../../../state/trainerSlice';
import type { Story } from '../../../../stories';
import { recipeOf, revealActions, settleActions, stepActions, type StoryAction } from '../../../lib/storyStep';
import { startTrainerRuns } from '../trainerRuns';

function perform(store: Store<AppState>, actions: readonly StoryAction[]): void {
  for (const action of actions) {
    const recipe = recipeOf(action);
    if (recipe) store.update(recipe);
  }
}

function stillOn(store: Store<AppState>, id: string | null, file: unknown, index: number): boolean {
  const story = store.state.trainer.story;
  return story.id === id && story.file === file && story.step === index;
}

/** Applies step `index` of the open story (the slice's `story.step` must already say so). */
async function applyStoryStep(store: Store<AppState>, story: Story, index: number): Promise<void> {
  const { id, file } = store.state.trainer.story;
  const actions = stepActions(story, index, store.state.trainer);
  const runAt = actions.findIndex((a) => a.kind === 'startRuns');
  perform(store, runAt < 0 ? actions : actions.slice(0, runAt));
  if (runAt < 0) return;
  try {
    // Refused (a scenario cannot run): the refusal is beside Start; the step is not settled.
    if (!(await startTrainerRuns(store))) return;
  } catch (error) {
    store.update(addNotice({ tone: 'error', title: 'The story could not start its runs', detail: error instanceof Error ? error.message : String(error) }));
    return;
  }
  if (!stillOn(store, id, file, index)) return;
  perform(store, settleActions(story.steps[index], store.state.trainer.left.view, store.state.trainer.story.revealed));
}

export function openAndApply(store: Store<AppState>, id: string, story: Story, file: Story | null = null): void {
  store.update(openStory(id, file));
  void applyStoryStep(store, story, 0);
}

export function goToAndApply(store: Store<AppState>, story: Story, index: number): void {
  if (index < 0 || index >= story.steps.length || index === store.state.trainer.story.step) return;
  store.update(goToStep(index));
  void applyStoryStep(store, story, index);
}

export function revealAndApply(store: Store<AppState>, story: Story): void {
  const step = story.steps[store.state.trainer.story.step];
  if (!step?.question || store.state.trainer.story.revealed) return;
  store.update(revealAnswer());
  // The clock starts only if the run is there to play; otherwise settling (after the run) starts it.
  if (store.state.trainer.left.status === 'done') perform(store, revealActions(step));
}
