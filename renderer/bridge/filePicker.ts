// Opening a file in a plain browser: a hidden <input type=file>, clicked for the user. Browsers fire
// 'cancel' on it when the user closes the picker without choosing (Chrome 113+, Firefox 91+,
// Safari 16.4+), so a cancelled pick resolves instead of leaving the caller waiting forever.
import type { OpenDocumentResult } from '../../electron/ipc/contract';
import { decodeDocumentText, MAX_DOCUMENT_BYTES, tooLargeMessage } from '../../electron/core/textDocument';

export const DOCUMENT_ACCEPT = '.json,application/json';

/** Resolves with the chosen file, or null when the user cancels. */
export function pickFile(doc: Document, accept: string = DOCUMENT_ACCEPT): Promise<File | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    const finish = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    doc.body.append(input);
    input.click();
  });
}

/** A picked file as the bridge's open result: the same size and text checks as the desktop app. */
export async function readPickedDocument(file: File): Promise<OpenDocumentResult> {
  // Checked before reading, so that picking a huge file by mistake never loads it into memory.
  if (file.size > MAX_DOCUMENT_BYTES) return { status: 'failed', message: tooLargeMessage(file.name, file.size) };
  const decoded = decodeDocumentText(file.name, new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return { status: 'failed', message: decoded.message };
  // No real path in a browser: a marker that says where it came from (saving it again downloads).
  return { status: 'opened', path: `upload:${file.name}`, name: file.name, text: decoded.text };
}
