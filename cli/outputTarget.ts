// Output files are checked before a long run, not after it: the folder must exist and the name
// must not be a folder.
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { InputError } from './errors';

/** Fails before a long run, not after it, when the output file could not be written. */
export function checkOutputTarget(out: string, flag: string): void {
  const folder = path.dirname(path.resolve(out));
  let folderIsDirectory = false;
  try {
    folderIsDirectory = statSync(folder).isDirectory();
  } catch {
    folderIsDirectory = false;
  }
  if (!folderIsDirectory) throw new InputError(`cannot write ${flag} ${out}: folder ${folder} does not exist`);
  try {
    if (statSync(out).isDirectory()) throw new InputError(`cannot write ${flag} ${out}: it is a folder`);
  } catch (error) {
    if (error instanceof InputError) throw error;
  }
}
