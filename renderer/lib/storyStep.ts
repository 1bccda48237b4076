// What a story step does to trainer mode, as plain data: which scenarios run on each side, whether
// the runs must be (re)started, where the clock goes, whether it plays and how fast, and which
// person to follow. Planning is pure (and tested); views/trainer/stories/applyStep.ts carries the
// plan out with the slice's recipes. A step applies in two phases because the clock date and the
// person depend on the run: startTrainerRuns resets the clock to the run's first week, and people
// exist only once the left run is done, so "settle" runs after the runs (or at once if none is needed).
import type { Draft } from 'immer';
import type { Story, StoryStep } from '../../stories';
import type { RunView } from '../engine';
import type { AppState } from '../state/appState';
import {
  followPerson,
  setClockDate,
  setPlaying,
  setSideScenario,
  setSpeed,
  TRAINER_SPEEDS,
  type SideName,
  type TrainerState,
} from '../state/trainerSlice';
import { pickStoryPerson } from './storyPerson';

export type StoryAction =
  | { kind: 'scenario'; side: SideName; name: string | null }
  | { kind: 'startRuns' }
  | { kind: 'speed'; speed: number }
  | { kind: 'date'; date: string }
  | { kind: 'playing'; playing: boolean }
  | { kind: 'person'; serial: number | null };

type Recipe = (draft: Draft<AppState>) => void;

/**
 * The first phase of a step: the scenarios (when they differ from the story's), the runs (when a side
 * changed, or has no finished run to show), the speed; then, when no run is needed, the settle phase.
 * A step is planned as it is entered, so its question (if any) is not revealed yet.
 */
export function stepActions(story: Story, index: number, trainer: TrainerState): StoryAction[] {
  const step = story.steps[index];
  if (!step) return [];
  const actions: StoryAction[] = [];
  const wanted = story.scenarios;
  if (trainer.left.scenarioName !== wanted.left) actions.push({ kind: 'scenario', side: 'left', name: wanted.left });
  if ((trainer.right?.scenarioName ?? null) !== wanted.right) actions.push({ kind: 'scenario', side: 'right', name: wanted.right });
  const changed = actions.length > 0;
  const unfinished = trainer.left.status !== 'done' || (trainer.right !== null && trainer.right.status !== 'done');
  if (step.speed !== undefined) actions.push({ kind: 'speed', speed: snapSpeed(step.speed) });
  if (changed || unfinished) {
    // Paused while the runs start; settleActions sets the clock and the person once they are done.
    actions.push({ kind: 'playing', playing: false }, { kind: 'startRuns' });
    return actions;
  }
  return [...actions, ...settleActions(step, trainer.left.view, false)];
}

/** The second phase, once the left run is there: the clock (inside the run's weeks), playing or not, the person. */
export function settleActions(step: StoryStep, left: Pick<RunView, 'weeks' | 'journeys'> | null, revealed = false): StoryAction[] {
  const actions: StoryAction[] = [];
  const date = step.date === undefined || !left ? step.date : clampToWeeks(step.date, left.weeks);
  if (date !== undefined) actions.push({ kind: 'date', date });
  actions.push({ kind: 'playing', playing: playsNow(step, revealed) });
  if (step.person && left) actions.push({ kind: 'person', serial: pickStoryPerson(left.journeys, step.person, date) });
  return actions;
}

/** What Reveal does besides showing the answer: a question step's animation starts only then. */
export function revealActions(step: StoryStep): StoryAction[] {
  return step.question && step.play ? [{ kind: 'playing', playing: true }] : [];
}

/** A step plays only if it says so; a question step waits for Reveal, so the animation does not answer it. */
export function playsNow(step: StoryStep, revealed: boolean): boolean {
  return step.play === true && (!step.question || revealed);
}

/** A speed the player offers (TRAINER_SPEEDS): the nearest on a log scale, as speeds are multiples. */
export function snapSpeed(speed: number): number {
  let best: number = TRAINER_SPEEDS[0];
  for (const s of TRAINER_SPEEDS) if (Math.abs(Math.log(s / speed)) < Math.abs(Math.log(best / speed))) best = s;
  return best;
}

/** A date inside the run's reported weeks (first week's start to last week's start). */
export function clampToWeeks(date: string, weeks: readonly string[]): string {
  if (weeks.length === 0) return date;
  if (date < weeks[0]) return weeks[0];
  const last = weeks[weeks.length - 1];
  return date > last ? last : date;
}

/** The slice recipe for an action ('startRuns' is not a recipe: the player starts the runs). */
export function recipeOf(action: StoryAction): Recipe | null {
  switch (action.kind) {
    case 'scenario':
      return setSideScenario(action.side, action.name);
    case 'speed':
      return setSpeed(action.speed);
    case 'date':
      return setClockDate(action.date);
    case 'playing':
      return setPlaying(action.playing);
    case 'person':
      return followPerson(action.serial);
    case 'startRuns':
      return null;
  }
}
