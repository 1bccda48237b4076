// Turning the bytes of a file the user opened into the text of a document, or into one sentence
// saying why not. Shared by Electron's main process and the browser bridge (file input), so that
// both refuse the same files with the same words; it imports nothing from Node or the DOM.
// Invariant: the text handed to the renderer is at most MAX_TEXT_FILE_CHARS characters, valid
// UTF-8 without a byte-order mark, and holds no control character a JSON document cannot (the
// same rule as the CLI's, formats/textInput.ts).
import { MAX_TEXT_FILE_CHARS } from './limits';
import { hasBinaryControls } from '../../formats/textInput';
import { megabytes } from '../../formats/megabytes';

/** A byte cap equal to the character cap: a file within it can never decode to more characters. */
export const MAX_DOCUMENT_BYTES = MAX_TEXT_FILE_CHARS;

export type DecodedDocument = { ok: true; text: string } | { ok: false; message: string };

export function tooLargeMessage(name: string, bytes: number): string {
  return `“${name}” is too large to open (${megabytes(bytes)}; the limit is ${megabytes(MAX_DOCUMENT_BYTES)}). Scenario and experiment files are far smaller: is this the right file?`;
}

export function decodeDocumentText(name: string, bytes: Uint8Array): DecodedDocument {
  if (bytes.length > MAX_DOCUMENT_BYTES) return { ok: false, message: tooLargeMessage(name, bytes.length) };
  let text: string;
  try {
    // fatal: a byte sequence that is not UTF-8 throws instead of becoming U+FFFD, which would
    // otherwise be saved back silently; the default ignoreBOM=false drops a leading BOM.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: `“${name}” is not a text file in UTF-8, so it cannot be a scenario or experiment file.` };
  }
  if (hasBinaryControls(text)) {
    return { ok: false, message: `“${name}” contains binary data (control characters), so it cannot be a scenario or experiment file.` };
  }
  return { ok: true, text };
}
