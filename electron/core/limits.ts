// Limits and name rules shared by main, the IPC contract and the browser bridge. Kept apart from
// ipc/contract.ts (which builds zod schemas at load time) so that code running in the page can use
// them without bundling zod.

/** 20 MB of text is far more than any export of the app; the cap stops a runaway renderer. */
export const MAX_TEXT_FILE_CHARS = 20_000_000;

/** A journal entry's id: the renderer's document id, safe as a file name on every OS. */
export const JOURNAL_ID_PATTERN = /^[a-z0-9-]{1,64}$/;
