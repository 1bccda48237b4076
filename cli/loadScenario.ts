// A scenario argument → a validated Scenario. The argument is a built-in name (see "sim list") or a
// path to a scenario file. Words with a path separator or a .json ending are always files; other
// words are built-in names first, then files; anything else is an InputError that lists the
// built-in names. Validation is restoreScenario's: its ScenarioError passes through unchanged so
// the user sees its message, which names the failing field.
import { statSync } from 'node:fs';
import { InputError } from './errors';
import type { Engine } from './engine';
import type { Scenario } from '../model/index';
import { InputFileError, readInputFile } from '../io/readInputFile';
import { decodeJsonText, jsonErrorText } from '../formats/textInput';

/** Far above any real scenario; stops a wrong argument (a video, a disk image) being read into memory. */
export const MAX_SCENARIO_FILE_BYTES = 16 * 1024 * 1024;

export async function loadScenario(argument: string, engine: Pick<Engine, 'restoreScenario' | 'builtInScenarios'>): Promise<Scenario> {
  const names = Object.keys(engine.builtInScenarios);
  const looksLikeFile = /[/\\]/.test(argument) || argument.toLowerCase().endsWith('.json');
  if (!looksLikeFile && Object.hasOwn(engine.builtInScenarios, argument)) {
    return engine.restoreScenario(engine.builtInScenarios[argument]);
  }
  if (!looksLikeFile && !fileExists(argument)) {
    throw new InputError(`unknown scenario "${argument}": not a built-in name (${names.join(', ')}) and no such file`);
  }
  return engine.restoreScenario(await readScenarioFile(argument));
}

/**
 * The file's text, checked to be JSON; passed on as text so restoreScenario can apply its size rule.
 * Only a regular file is read (io/readInputFile.ts), at most MAX_SCENARIO_FILE_BYTES of it; a binary
 * file is refused without quoting it. `what` names the file in messages ('scenario file', 'experiment file').
 */
export async function readScenarioFile(file: string, what = 'scenario file'): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readInputFile(file, MAX_SCENARIO_FILE_BYTES);
  } catch (error) {
    if (error instanceof InputFileError) throw new InputError(`cannot read ${what} ${file}: ${error.reason}`);
    throw error;
  }
  const decoded = decodeJsonText(bytes);
  if (!decoded.ok) throw new InputError(`${what} ${file} is not valid JSON: ${decoded.reason}`);
  try {
    JSON.parse(decoded.text);
  } catch (error) {
    throw new InputError(`${what} ${file} is not valid JSON: ${jsonErrorText(error)}`);
  }
  return decoded.text;
}

function fileExists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}
