// Opening a file in the browser: the hidden file input (on a stand-in document) and the checks on
// the picked file, which are the desktop app's own.
import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '../../../electron/core/textDocument';
import { DOCUMENT_ACCEPT, pickFile, readPickedDocument } from '../../../renderer/bridge/filePicker';

/** A document whose file input, when clicked, does what `user` does (choose a file or cancel). */
function documentWhereTheUser(user: (input: FakeInput) => void) {
  const attached = new Set<FakeInput>();
  const doc = {
    createElement: () => new FakeInput(attached, user),
    body: { append: (input: FakeInput) => attached.add(input) },
  };
  return { doc: doc as unknown as Document, attached };
}

class FakeInput extends EventTarget {
  type = '';
  accept = '';
  hidden = false;
  files: File[] | null = null;
  constructor(
    private attached: Set<FakeInput>,
    private user: (input: FakeInput) => void,
  ) {
    super();
  }
  click() {
    setTimeout(() => this.user(this), 0);
  }
  remove() {
    this.attached.delete(this);
  }
}

describe('pickFile', () => {
  it('offers JSON files and resolves with the one chosen, removing the input', async () => {
    const chosen = new File(['{}'], 'tr.json', { type: 'application/json' });
    let offered = '';
    const { doc, attached } = documentWhereTheUser((input) => {
      offered = `${input.type} ${input.accept} hidden=${input.hidden}`;
      input.files = [chosen];
      input.dispatchEvent(new Event('change'));
    });
    await expect(pickFile(doc)).resolves.toBe(chosen);
    expect(offered).toBe(`file ${DOCUMENT_ACCEPT} hidden=true`);
    expect(attached.size).toBe(0);
  });

  it('resolves null when the user cancels the picker', async () => {
    const { doc, attached } = documentWhereTheUser((input) => input.dispatchEvent(new Event('cancel')));
    await expect(pickFile(doc)).resolves.toBeNull();
    expect(attached.size).toBe(0);
  });
});

describe('readPickedDocument', () => {
  it('gives the text of a UTF-8 file, marked as coming from an upload', async () => {
    const file = new File(['\uFEFF{"name":"tr – edited"}'], 'tr.json');
    await expect(readPickedDocument(file)).resolves.toEqual({
      status: 'opened',
      path: 'upload:tr.json',
      name: 'tr.json',
      text: '{"name":"tr – edited"}',
    });
  });

  it('refuses a file that is not UTF-8 text, or too large, with the desktop wording', async () => {
    await expect(readPickedDocument(new File([new Uint8Array([0x7b, 0xe9, 0x7d])], 'latin1.json'))).resolves.toEqual({
      status: 'failed',
      message: '“latin1.json” is not a text file in UTF-8, so it cannot be a scenario or experiment file.',
    });
    const huge = new File([new Uint8Array(MAX_DOCUMENT_BYTES + 1)], 'huge.json');
    await expect(readPickedDocument(huge)).resolves.toMatchObject({ status: 'failed', message: expect.stringContaining('too large to open') });
  });
});
