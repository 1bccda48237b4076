// The error every scenario check throws: a list of issues, each naming the failing field by its
// dotted path and saying what was expected and what was found. Its message lists the issues one
// per line, so a user sees all that is wrong with a file at once.

/** The error message lists at most this many issues; `issues` holds all of them. */
const MAX_LISTED_ISSUES = 20;

export interface ScenarioIssue {
  /** Dotted path to the failing field, e.g. `parameters.risk.roshMix`; '' for the file as a whole. */
  path: string;
  message: string;
}

export class ScenarioError extends Error {
  readonly issues: ScenarioIssue[];

  constructor(issues: ScenarioIssue[]) {
    super(formatIssues(issues));
    // The CLI recognises it by name (cli/errors.ts), so the name must stay 'ScenarioError'.
    this.name = 'ScenarioError';
    this.issues = issues;
  }
}

function formatIssues(issues: readonly ScenarioIssue[]): string {
  const lines = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => (issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`));
  if (issues.length > MAX_LISTED_ISSUES) lines.push(`… and ${issues.length - MAX_LISTED_ISSUES} more`);
  return lines.join('\n');
}
