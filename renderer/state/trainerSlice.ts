// Trainer mode's slice of the app state: the two scenarios run side by side at a small scale (the
// same seed, so the same people), the simulated clock the animation plays, the person followed,
// and the guided story in progress. Recipes are small and pure; the runs themselves are started
// by renderer/views/trainer/trainerRuns.ts and land here as frozen results.
import type { Draft } from 'immer';
import type { RunView } from '../engine';

export type TrainerMode = 'flow' | 'person' | 'stories';
export type SideName = 'left' | 'right';

export interface TrainerSide {
  /** A built-in scenario name, or 'document' for the scenario being edited. */
  scenarioName: string;
  status: 'idle' | 'running' | 'done' | 'failed' | 'cancelled';
  fraction: number;
  message?: string;
  view: RunView | null;
}

export interface PersonFilters {
  /** '' for any; else a sentence state name (communityOrder, suspendedOrder, custody). */
  sentence: string;
  /** '' or a RoSH tier on entry (low, medium, high, veryHigh). */
  rosh: string;
  /** '' or a trust area name. */
  area: string;
  /** '' or a provider kind that supervised them at some point (trust, crc, nps). */
  provider: string;
}

export interface TrainerState {
  mode: TrainerMode;
  /** Trainer runs are small so that they start in well under a second. */
  scale: number;
  seed: number;
  /** Why the last Start was refused (a scenario cannot run), shown beside the button. */
  refusal: string | null;
  left: TrainerSide;
  /** The second scenario, side by side (null: one scenario only). */
  right: TrainerSide | null;
  clock: {
    /** The simulated date shown, YYYY-MM-DD (inside the reported window once runs are done). */
    date: string;
    playing: boolean;
    /** Simulated days per second of real time while playing. */
    speed: number;
  };
  person: { serial: number | null; filters: PersonFilters };
  story: {
    /** A built-in story id, or 'file' for one the user opened (held in `file`). */
    id: string | null;
    file: unknown;
    step: number;
    /** For a "predict, then reveal" step: the answer is shown. */
    revealed: boolean;
    /** Presenter mode: full screen, large type, high contrast. */
    presenting: boolean;
  };
}

/** What this slice's recipes read and change: their own part of the app state (AppState has it). */
type TrainerOwner = { trainer: TrainerState };

export const TRAINER_DEFAULT_SCALE = 0.01;
export const TRAINER_SPEEDS = [7, 30, 91, 182, 365] as const;

const idleSide = (scenarioName: string): TrainerSide => ({ scenarioName, status: 'idle', fraction: 0, view: null });

export const initialTrainerState: TrainerState = {
  mode: 'flow',
  scale: TRAINER_DEFAULT_SCALE,
  seed: 20140601,
  refusal: null,
  left: idleSide('tr'),
  right: idleSide('unified'),
  clock: { date: '2012-01-01', playing: false, speed: 30 },
  person: { serial: null, filters: { sentence: '', rosh: '', area: '', provider: '' } },
  story: { id: null, file: null, step: 0, revealed: false, presenting: false },
};

type Recipe = (draft: Draft<TrainerOwner>) => void;

export const setTrainerMode = (mode: TrainerMode): Recipe => (d) => {
  d.trainer.mode = mode;
};

export const setSideScenario = (side: SideName, scenarioName: string | null): Recipe => (d) => {
  if (side === 'right') d.trainer.right = scenarioName === null ? null : idleSide(scenarioName);
  else d.trainer.left = idleSide(scenarioName ?? 'tr');
};

export const refuseTrainerRuns = (refusal: string): Recipe => (d) => {
  d.trainer.refusal = refusal;
};

export const sideStarted = (side: SideName): Recipe => (d) => {
  d.trainer.refusal = null;
  const s = d.trainer[side];
  if (!s) return;
  s.status = 'running';
  s.fraction = 0;
  s.message = undefined;
  s.view = null;
};

export const sideProgressed = (side: SideName, fraction: number): Recipe => (d) => {
  const s = d.trainer[side];
  if (s && s.status === 'running') s.fraction = Math.max(s.fraction, fraction);
};

export const sideFinished = (side: SideName, outcome: { status: 'done'; view: RunView } | { status: 'cancelled' } | { status: 'failed'; message: string }): Recipe => (d) => {
  const s = d.trainer[side];
  if (!s) return;
  s.status = outcome.status;
  s.fraction = outcome.status === 'done' ? 1 : s.fraction;
  if (outcome.status === 'done') s.view = outcome.view as Draft<RunView>;
  if (outcome.status === 'failed') s.message = outcome.message;
};

export const setClockDate = (date: string): Recipe => (d) => {
  d.trainer.clock.date = date;
};

export const setPlaying = (playing: boolean): Recipe => (d) => {
  d.trainer.clock.playing = playing;
};

export const setSpeed = (speed: number): Recipe => (d) => {
  d.trainer.clock.speed = speed;
};

export const followPerson = (serial: number | null): Recipe => (d) => {
  d.trainer.person.serial = serial;
};

export const setPersonFilter = (key: keyof PersonFilters, value: string): Recipe => (d) => {
  d.trainer.person.filters[key] = value;
};

export const openStory = (id: string, file: unknown = null): Recipe => (d) => {
  d.trainer.story = { id, file: file as never, step: 0, revealed: false, presenting: d.trainer.story.presenting };
  d.trainer.mode = 'stories';
};

/** Back to the list of stories: the story state starts over, and presenting ends with the story. */
export const closeStory = (): Recipe => (d) => {
  d.trainer.story = { ...initialTrainerState.story };
};

export const goToStep = (step: number): Recipe => (d) => {
  d.trainer.story.step = step;
  d.trainer.story.revealed = false;
};

export const revealAnswer = (): Recipe => (d) => {
  d.trainer.story.revealed = true;
};

export const setPresenting = (presenting: boolean): Recipe => (d) => {
  d.trainer.story.presenting = presenting;
};
