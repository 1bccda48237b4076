// The CLI's error vocabulary. The exit code is decided by the kind of error, in one place
// (exitCodeOf), so that every command reports bad input the same way:
//   0 ok, 2 bad usage or bad input (the user can fix it), 1 anything unexpected (a bug or the OS).

/** Bad command line: unknown flag, missing value, bad number. Exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Bad input the user can fix: unknown scenario, unreadable file, not JSON, invalid scenario. Exit code 2. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export const EXIT_OK = 0;
export const EXIT_UNEXPECTED = 1;
export const EXIT_BAD_INPUT = 2;

/** True for the engine's ScenarioError (checked by name, so the CLI need not load the engine to classify it). */
export function isScenarioError(error: unknown): error is Error & { issues?: { path: string; message: string }[] } {
  return error instanceof Error && error.name === 'ScenarioError';
}

export function exitCodeOf(error: unknown): number {
  if (error instanceof UsageError || error instanceof InputError || isScenarioError(error)) return EXIT_BAD_INPUT;
  return EXIT_UNEXPECTED;
}

/** Runs `step`; a ScenarioError becomes an InputError that says where it came from, the engine's message kept as given. */
export function withScenarioContext<T>(context: string, step: () => T): T {
  const withContext = (error: unknown): never => {
    if (!isScenarioError(error)) throw error;
    const lines = error.message.split('\n');
    throw new InputError(lines.length === 1 ? `${context}: ${lines[0]}` : `${context}:\n${lines.map((l) => `  ${l}`).join('\n')}`);
  };
  try {
    const result = step();
    // A step that reads files is async: its rejection gets the same context.
    return (result instanceof Promise ? result.catch(withContext) : result) as T;
  } catch (error) {
    return withContext(error);
  }
}
