// The text of a JSON input file, or a plain phrase saying why it is not one, and error messages that
// are safe to print. Pure (no Node, no DOM): any layer may use it.
// Why: a binary file given by mistake (a spreadsheet, an image) made JSON.parse quote raw bytes in
// its message, which then went to a terminal or a dialog: escape sequences, NULs and control
// characters included. A file with a control character (other than tab, line feed or carriage
// return) cannot be JSON anyway, so it is refused as binary before parsing, and any message that
// quotes the text is passed through printable() on its way out.

export type DecodedText = { ok: true; text: string } | { ok: false; reason: string };

// Controls JSON can never contain, anywhere: C0 except tab, LF, CR; DEL; C1.
// eslint-disable-next-line no-control-regex
const NOT_IN_JSON = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** True when `text` holds a control character that no JSON file can (anything but tab, LF, CR). */
export function hasBinaryControls(text: string): boolean {
  return NOT_IN_JSON.test(text);
}

export function decodeJsonText(bytes: Uint8Array): DecodedText {
  let text: string;
  try {
    // fatal: a byte sequence that is not UTF-8 throws instead of becoming U+FFFD; a BOM is dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'it is not UTF-8 text (a binary file, or text in another encoding)' };
  }
  if (hasBinaryControls(text)) return { ok: false, reason: 'it contains binary data (control characters), so it is not a JSON file' };
  return { ok: true, text };
}

/** `text` with every control, format or unassigned character shown as \uXXXX, cut to `max` characters if given. */
export function printable(text: string, max = Infinity): string {
  const escaped = text.replace(/[\p{C}]/gu, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
  return escaped.length > max ? `${escaped.slice(0, max)}…` : escaped;
}

/** JSON.parse's complaint about `text`, made safe to print. */
export function jsonErrorText(error: unknown): string {
  return printable(error instanceof Error ? error.message : String(error), 200);
}
