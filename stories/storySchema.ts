// The guided-story file: a scripted tour of the simulation for a room (trainer mode). One versioned
// JSON format, like scenarios and experiments, so that a trainer can write a story, share it and
// open it in the app. The schema is strict (an unknown key is an error naming its path) and every
// text and list is capped, so a wrong or hostile file is refused before anything reads it.
// Checks the schema cannot express (real dates in range, built-in scenario names, answers among
// the choices) live in restoreStory.ts.
import { z } from 'zod';
import { providerKinds, roshTiers } from '../model/seriesNames';

export const STORY_FORMAT = 'probation-sim/story';
export const STORY_VERSION = 1;

/** Far above any real story (a few kB). */
export const MAX_STORY_BYTES = 256 * 1024;
export const MAX_STORY_STEPS = 40;

/** The simulated clock a step may set: the built-ins' warm-up starts in 2004, and no run goes past 2030. */
export const STORY_FIRST_DATE = '2004-01-01';
export const STORY_LAST_DATE = '2030-12-31';

/** Days of simulated time per second of real time (the player offers TRAINER_SPEEDS; others snap to the nearest). */
export const MAX_STORY_SPEED = 3650;

export const storyViews = ['flow', 'person'] as const;
export const sentenceStates = ['communityOrder', 'suspendedOrder', 'custody'] as const;
/** Journey event kinds the engine records (model/observe/journeys.ts), for the person filter's `event`. */
export const journeyEventKinds = [
  'offence',
  'court',
  'sentenced',
  'allocated',
  'reallocated',
  'released',
  'orderEnded',
  'licenceEnded',
  'pss',
  'pssEnded',
  'intervention',
  'resettlement',
  'breach',
  'warning',
  'recalled',
  'committed',
  'escalated',
  'transferred',
  'desisted',
] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
const line = (max: number) => z.string().min(1).max(max);

/** Which person a "person" step follows: the first journey of the left run that matches every field given. */
const personFilterSchema = z.strictObject({
  /** They were sentenced to this at some point. */
  sentence: z.enum(sentenceStates).optional(),
  /** Their risk of serious harm on entry. */
  rosh: z.enum(roshTiers).optional(),
  /** This kind of provider supervised them at some point. */
  provider: z.enum(providerKinds).optional(),
  /** Their journey has at least one event of this kind (e.g. recalled, pss, transferred). */
  event: z.enum(journeyEventKinds).optional(),
});

/** "Predict, then reveal": the room answers before the presenter reveals the answer and the step's text. */
const questionSchema = z.strictObject({
  prompt: line(500),
  choices: z.array(line(200)).min(2).max(6).optional(),
  answer: line(2000),
});

const stepSchema = z.strictObject({
  title: line(120),
  /** What to notice, in plain words (after the answer, on a question step). */
  text: line(2000),
  view: z.enum(storyViews),
  /** Sets the simulated clock. */
  date: isoDate.optional(),
  /** Starts (true) or pauses (false) the clock; a step that says nothing pauses it. */
  play: z.boolean().optional(),
  speed: z.number().min(1).max(MAX_STORY_SPEED).optional(),
  person: personFilterSchema.optional(),
  question: questionSchema.optional(),
});

export const storySchema = z.strictObject({
  format: z.literal(STORY_FORMAT),
  version: z.literal(STORY_VERSION),
  title: line(120),
  description: z.string().max(2000),
  scenarios: z.strictObject({
    /** Built-in scenario names (scenarios/index.ts). */
    left: line(60),
    right: line(60).nullable(),
  }),
  steps: z.array(stepSchema).min(1).max(MAX_STORY_STEPS),
});

export type Story = z.infer<typeof storySchema>;
export type StoryStep = Story['steps'][number];
export type StoryPersonFilter = NonNullable<StoryStep['person']>;
