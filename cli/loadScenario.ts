// A scenario argument → a validated Scenario. The argument is a built-in name (see "sim list") or a
// path to a scenario file. Words with a path separator or a .json ending are always files; other
// words are built-in names first, then files; anything else is an InputError that lists the
// built-in names. Validation is restoreScenario's: its ScenarioError passes through unchanged so
// the user sees its message, which names the failing field.
import { readFileSync, statSync } from 'node:fs';
import { InputError } from './errors';
import type { Engine } from './engine';
import type { Scenario } from '../model/index';

/** Far above any real scenario; stops a wrong argument (a video, a disk image) being read into memory. */
export const MAX_SCENARIO_FILE_BYTES = 16 * 1024 * 1024;

export function loadScenario(argument: string, engine: Pick<Engine, 'restoreScenario' | 'builtInScenarios'>): Scenario {
  const names = Object.keys(engine.builtInScenarios);
  const looksLikeFile = /[/\\]/.test(argument) || argument.toLowerCase().endsWith('.json');
  if (!looksLikeFile && Object.hasOwn(engine.builtInScenarios, argument)) {
    return engine.restoreScenario(engine.builtInScenarios[argument]);
  }
  if (!looksLikeFile && !fileExists(argument)) {
    throw new InputError(`unknown scenario "${argument}": not a built-in name (${names.join(', ')}) and no such file`);
  }
  return engine.restoreScenario(readScenarioFile(argument));
}

/** The file's text, checked to be JSON; passed on as text so restoreScenario can apply its size rule. */
/** `what` names the file in messages ('scenario file', 'experiment file'). */
export function readScenarioFile(file: string, what = 'scenario file'): string {
  let text: string;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new InputError(`cannot read ${what} ${file}: it is a folder`);
    if (stat.size > MAX_SCENARIO_FILE_BYTES) {
      throw new InputError(`${what} ${file} is too large (${stat.size} bytes; ${what}s are small JSON files)`);
    }
    text = readFileSync(file, 'utf8');
    // A byte-order mark (some Windows editors add one) is not part of the JSON.
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${what} ${file}: ${describeFsError(error)}`);
  }
  try {
    JSON.parse(text);
  } catch (error) {
    throw new InputError(`${what} ${file} is not valid JSON: ${(error as Error).message}`);
  }
  return text;
}

function fileExists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return (error as Error).message;
}
