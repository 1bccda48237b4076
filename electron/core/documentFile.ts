// Reading a document (scenario or experiment file) the user chose, for the renderer to check with
// restoreScenario / restoreExperiment. Every way it can fail becomes a sentence for the user rather
// than an exception: a missing file, a folder, something that is not a regular file (a device, a
// named pipe), a file too large, or one that is not UTF-8 text.
// Invariant: reads through io/readInputFile.ts, the CLI's reader too: never more than
// MAX_DOCUMENT_BYTES + 1 bytes, however large the file is or grows, and never blocks on a pipe.
import path from 'node:path';
import { InputFileError, readInputFile } from '../../io/readInputFile';
import type { OpenDocumentResult } from '../ipc/contract';
import { decodeDocumentText, MAX_DOCUMENT_BYTES, tooLargeMessage } from './textDocument';

function readFailureMessage(name: string, filePath: string, error: InputFileError): string {
  switch (error.problem) {
    case 'missing':
      return `“${name}” no longer exists (it was at ${filePath}). It may have been moved, renamed or deleted.`;
    case 'denied':
      return `“${name}” could not be opened: you do not have permission to read it.`;
    case 'folder':
      return `“${name}” is a folder, not a file.`;
    case 'not-regular':
      return `“${name}” is ${error.reason.replace(/^it is /, '')}, so it cannot be a scenario or experiment file.`;
    case 'too-large':
      return tooLargeMessage(name, error.sizeAtLeast ?? MAX_DOCUMENT_BYTES + 1);
    case 'unreadable':
      return `“${name}” could not be read (${error.reason}).`;
  }
}

export async function readDocumentFile(filePath: string): Promise<OpenDocumentResult> {
  const name = path.basename(filePath);
  let bytes: Uint8Array;
  try {
    bytes = await readInputFile(filePath, MAX_DOCUMENT_BYTES);
  } catch (error) {
    if (error instanceof InputFileError) return { status: 'failed', message: readFailureMessage(name, filePath, error) };
    throw error;
  }
  const decoded = decodeDocumentText(name, bytes);
  return decoded.ok ? { status: 'opened', path: filePath, name, text: decoded.text } : { status: 'failed', message: decoded.message };
}
