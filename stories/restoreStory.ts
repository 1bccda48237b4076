// restoreStory: the one way a guided story enters the app (a built-in or a file a trainer opened).
// Steps, in order: size cap → JSON → nesting depth (model/scenario/jsonNesting.ts) → "is this our file?" (format) → version (a newer one refused)
// → strict schema → checks across fields (built-in scenario names, real dates inside 2004–2030,
// an answer among the choices).
// Invariant: for ANY input it returns a fresh, validated Story or throws a StoryError whose message
// lists each failing field by its dotted path (`steps[2].date: …`), in the same words as scenario
// errors (model/scenario/issueMessages.ts). It never throws any other error type.
import { builtInScenarioNames } from '../scenarios/index';
import { parseIsoDate } from '../model/calendar/dates';
import { ScenarioError, type ScenarioIssue } from '../model/scenario/scenarioError';
import { closestKey, describeValue, isPlainObject, issueFromZod, notADate } from '../model/scenario/issueMessages';
import { nestingMessage, nestingProblem, textNestsDeeper } from '../model/scenario/jsonNesting';
import { MAX_STORY_BYTES, STORY_FIRST_DATE, STORY_FORMAT, STORY_LAST_DATE, STORY_VERSION, storySchema, type Story } from './storySchema';

export type StoryIssue = ScenarioIssue;

/** A file that is not a valid story: every issue names its field (`path`), one per line in the message. */
export class StoryError extends Error {
  readonly issues: StoryIssue[];

  constructor(issues: StoryIssue[]) {
    super(new ScenarioError(issues).message);
    this.name = 'StoryError';
    this.issues = issues;
  }
}

/** Validates a story given as JSON text or as an already-parsed value; `scenarioNames` are the built-ins it may name. */
export function restoreStory(raw: unknown, scenarioNames: readonly string[] = builtInScenarioNames): Story {
  try {
    return restoreUnguarded(raw, scenarioNames);
  } catch (error) {
    if (error instanceof StoryError) throw error;
    throw single('', `could not read this story: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function restoreUnguarded(raw: unknown, scenarioNames: readonly string[]): Story {
  const data = parsed(raw);
  if (!isPlainObject(data)) throw single('', `this is not a probation-sim story file: expected a JSON object, got ${describeValue(data)}`);
  if (data.format !== STORY_FORMAT) {
    const found = Object.hasOwn(data, 'format') ? describeValue(data.format) : "no 'format' field";
    throw single('format', `this is not a probation-sim story file: expected "${STORY_FORMAT}", got ${found}`);
  }
  const version = data.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > STORY_VERSION) {
    throw single('version', `this story was made by a newer version of the app (story version ${version}; this app reads up to ${STORY_VERSION}); update to open it`);
  }
  const result = storySchema.safeParse(data);
  if (!result.success) throw new StoryError(result.error.issues.flatMap((issue) => issueFromZod(issue, data, storySchema)));
  const issues = crossFieldIssues(result.data, scenarioNames);
  if (issues.length > 0) throw new StoryError(issues);
  return result.data;
}

/** JSON text or a value → a fresh parsed value (never the caller's objects), size-checked. */
function parsed(raw: unknown): unknown {
  if (typeof raw !== 'string') checkNesting(raw); // before JSON.stringify, which recurses
  // A value JSON cannot write (a BigInt) throws here; restoreStory words that error.
  const text = typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? 'null');
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_STORY_BYTES) throw single('', `this file is ${bytes} bytes; a story file is at most ${MAX_STORY_BYTES} bytes`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw single('', `this is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (textNestsDeeper(text)) checkNesting(value); // before zod and the error wording, which recurse; walked only to say where
  return value;
}

function checkNesting(value: unknown): void {
  const problem = nestingProblem(value, MAX_STORY_BYTES);
  if (problem !== undefined) throw single('', nestingMessage(problem, 'story file'));
}

function crossFieldIssues(story: Story, scenarioNames: readonly string[]): StoryIssue[] {
  const issues: StoryIssue[] = [];
  const checkName = (path: string, name: string | null) => {
    if (name === null || scenarioNames.includes(name)) return;
    const close = closestKey(name, scenarioNames);
    const hint = close === undefined ? `expected one of ${scenarioNames.map((n) => `"${n}"`).join(', ')}` : `did you mean "${close}"?`;
    issues.push({ path, message: `unknown built-in scenario "${name}" (${hint})` });
  };
  checkName('scenarios.left', story.scenarios.left);
  checkName('scenarios.right', story.scenarios.right);
  story.steps.forEach((step, i) => {
    if (step.date !== undefined) {
      const problem = dateProblem(step.date);
      if (problem) issues.push({ path: `steps[${i}].date`, message: problem });
    }
    const question = step.question;
    if (question?.choices && !question.choices.includes(question.answer)) {
      issues.push({ path: `steps[${i}].question.answer`, message: `expected one of the choices (${question.choices.map((c) => JSON.stringify(c)).join(', ')}), got ${describeValue(question.answer)}` });
    }
  });
  return issues;
}

/** Why a YYYY-MM-DD text is no good for the clock (not a real date, or outside 2004–2030), or null. */
function dateProblem(date: string): string | null {
  if (Number.isNaN(parseIsoDate(date))) return notADate(date);
  if (date < STORY_FIRST_DATE || date > STORY_LAST_DATE) return `expected a date from ${STORY_FIRST_DATE} to ${STORY_LAST_DATE}, got "${date}"`;
  return null;
}

function single(path: string, message: string): StoryError {
  return new StoryError([{ path, message }]);
}
