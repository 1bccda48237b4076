// electronegativity's findings as this project reads them: the CSV report written to test-results/
// and the gate. The tool never fails a build itself (its CLI always exits 0), so the gate is here:
// any HIGH finding, or any source file it could not parse (whose checks therefore never ran), fails.
// The CSV has the tool's own columns (src/util/file.js), so reports from either look alike.

export const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  id: string;
  severity: Severity;
  confidence: string;
  file: string;
  line: number;
  column: number;
  sample: string;
  description: string;
}

/** The shape of one issue as electronegativity's runner returns it. */
export interface RawIssue {
  id: string;
  severity: { name: string };
  confidence: { name: string };
  file: string;
  location: { line: number; column: number };
  sample?: string | null;
  description: string;
}

/** A source file the tool could not parse; `tolerable` ones were parsed with warnings. */
export interface RawError {
  file: string;
  message: string;
  tolerable: boolean;
}

export function findingFromIssue(issue: RawIssue): Finding {
  const severity = issue.severity.name.toUpperCase();
  if (!(SEVERITIES as readonly string[]).includes(severity)) {
    throw new Error(`electronegativity reported ${issue.id} with an unknown severity "${issue.severity.name}".`);
  }
  return {
    id: issue.id,
    severity: severity as Severity,
    confidence: issue.confidence.name,
    file: issue.file,
    line: issue.location.line,
    column: issue.location.column,
    sample: issue.sample ?? '',
    description: issue.description,
  };
}

const CSV_HEADER = ['issue', 'severity', 'confidence', 'filename', 'location', 'sample', 'description', 'url'];

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function findingsCsv(findings: readonly Finding[]): string {
  const rows = findings.map((f) =>
    [f.id, f.severity, f.confidence, f.file, `${f.line}:${f.column}`, f.sample, f.description, `https://github.com/doyensec/electronegativity/wiki/${f.id}`]
      .map(csvField)
      .join(','),
  );
  return [CSV_HEADER.join(','), ...rows].join('\n') + '\n';
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** One line per finding, most severe first: where it is and what it says. */
export function describeFindings(findings: readonly Finding[]): string[] {
  const rank = (s: Severity) => SEVERITIES.indexOf(s);
  return [...findings]
    .sort((a, b) => rank(a.severity) - rank(b.severity) || a.file.localeCompare(b.file) || a.line - b.line)
    .map((f) => {
      const where = f.file === 'N/A' ? '(whole app)' : `${f.file}:${f.line}`;
      return `${f.severity.padEnd(13)} ${f.confidence.padEnd(9)} ${f.id.padEnd(40)} ${where}  ${f.description}`;
    });
}

/** Why the gate fails, one reason a line; empty when it passes. */
export function gateFailures(findings: readonly Finding[], errors: readonly RawError[]): string[] {
  return [
    ...findings.filter((f) => f.severity === 'HIGH').map((f) => `HIGH ${f.id} at ${f.file}:${f.line}: ${f.description}`),
    ...errors.filter((e) => !e.tolerable).map((e) => `could not parse ${e.file} (${e.message}), so it was not checked`),
  ];
}
