// Reading a document the user opened: text back, or one sentence saying why not.
import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDocumentFile } from '../../electron/core/documentFile';
import { decodeDocumentText, MAX_DOCUMENT_BYTES } from '../../electron/core/textDocument';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'document-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readDocumentFile', () => {
  it('reads a UTF-8 document, dropping a byte-order mark', async () => {
    const file = path.join(dir, 'my tr – edited.json');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"name":"tr – edited"}')]));
    await expect(readDocumentFile(file)).resolves.toEqual({
      status: 'opened',
      path: file,
      name: 'my tr – edited.json',
      text: '{"name":"tr – edited"}',
    });
  });

  it('says when the file no longer exists', async () => {
    const file = path.join(dir, 'gone.json');
    const result = await readDocumentFile(file);
    expect(result).toEqual({ status: 'failed', message: expect.stringContaining('“gone.json” no longer exists') });
  });

  it('says when the path is a folder', async () => {
    mkdirSync(path.join(dir, 'scenarios.json'));
    const result = await readDocumentFile(path.join(dir, 'scenarios.json'));
    expect(result).toEqual({ status: 'failed', message: '“scenarios.json” is a folder, not a file.' });
  });

  it('refuses a file over the size cap without reading it', async () => {
    const file = path.join(dir, 'huge.json');
    writeFileSync(file, Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x20));
    const result = await readDocumentFile(file);
    expect(result).toEqual({ status: 'failed', message: expect.stringMatching(/^“huge\.json” is too large to open \(20\.0 MB; the limit is 20\.0 MB\)/) });
  });

  it('refuses a file that is not UTF-8 text (a spreadsheet saved as Latin-1)', async () => {
    const file = path.join(dir, 'latin1.json');
    writeFileSync(file, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d])); // {"é"} in Latin-1
    expect(await readDocumentFile(file)).toEqual({
      status: 'failed',
      message: '“latin1.json” is not a text file in UTF-8, so it cannot be a scenario or experiment file.',
    });
  });

  it('refuses a device such as /dev/zero instead of reading it up to the cap', async () => {
    expect(await readDocumentFile('/dev/zero')).toEqual({
      status: 'failed',
      message: '“zero” is a device, not a regular file, so it cannot be a scenario or experiment file.',
    });
  });

  it('refuses a named pipe without waiting on it', async () => {
    const fifo = path.join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    // Held open read-write so that, should the reader ever block on the pipe, closing it ends the wait.
    const writer = openSync(fifo, constants.O_RDWR);
    const valve = setTimeout(() => closeSync(writer), 2000);
    try {
      expect(await readDocumentFile(fifo)).toEqual({
        status: 'failed',
        message: '“pipe.json” is a named pipe (FIFO), not a regular file, so it cannot be a scenario or experiment file.',
      });
    } finally {
      clearTimeout(valve);
      try {
        closeSync(writer);
      } catch {
        // already closed by the valve
      }
    }
  });

  it('refuses binary data even when it happens to be valid UTF-8', async () => {
    const file = path.join(dir, 'binary.json');
    writeFileSync(file, Buffer.from([0x7b, 0x00, 0x7d]));
    expect(await readDocumentFile(file)).toMatchObject({ status: 'failed', message: expect.stringContaining('binary data') });
  });

  it('refuses any control character a JSON file cannot hold, as the CLI does, not only NUL', async () => {
    const file = path.join(dir, 'escape.json');
    writeFileSync(file, '{"name": "\u001b[31mred\u0007"}');
    expect(await readDocumentFile(file)).toMatchObject({
      status: 'failed',
      message: '“escape.json” contains binary data (control characters), so it cannot be a scenario or experiment file.',
    });
  });
});

describe('decodeDocumentText', () => {
  it('decodes bytes to text and checks the cap on bytes', () => {
    expect(decodeDocumentText('a.json', new TextEncoder().encode('{"a":1}'))).toEqual({ ok: true, text: '{"a":1}' });
    const result = decodeDocumentText('big.json', new Uint8Array(MAX_DOCUMENT_BYTES + 1));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('too large') });
  });
});
