// `npm run security:electron`: electronegativity's static checks over the Electron shell's sources
// (electron/), offline, as a gate. Writes a CSV report to test-results/electronegativity.csv,
// prints every finding and the counts by severity, and exits 1 on any HIGH finding or any file the
// tool could not parse (see electronegativityReport.ts).
// It calls the tool's runner (the package's main export) rather than its CLI, because the CLI's CSV
// writer races with itself: the header and the rows are two unawaited fs.writeFile calls, and the
// header can land over the first row (seen here). The report is written from the runner's results,
// with the CLI's columns.
// Offline: the CLI's -x AvailableSecurityFixesGlobalCheck (which downloads Electron's release list)
// is passed as excludeFromScan, and the tool's HTTP client `got`, otherwise used to fetch
// translations at every start, is replaced in the module cache by one that fails at once, so no
// request is ever attempted (the bundled English messages are used).
// Not the build: the tool reads only .js/.ts/.html files, so it would see nothing of
// dist/electron/*.cjs, and that bundle holds the same code plus zod.
// The Electron version is passed explicitly, from the installed package: electron/ has no
// package.json to read it from, and the checks judge settings against that version's defaults.
import { mkdirSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../io/atomicWrite';
import {
  countBySeverity,
  describeFindings,
  findingFromIssue,
  findingsCsv,
  gateFailures,
  SEVERITIES,
  type RawError,
  type RawIssue,
} from './electronegativityReport';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Arguments, for checking the gate itself on other code: [input folder] [CSV report path].
const input = path.resolve(process.argv[2] ?? path.join(root, 'electron'));
const csvPath = path.resolve(process.argv[3] ?? path.join(root, 'test-results', 'electronegativity.csv'));

/** Puts a `got` that refuses every request where electronegativity will require it from. */
function keepOffline(): void {
  const toolDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const gotPath = require.resolve('got', { paths: [toolDir] });
  const offline = Object.assign((url: string) => Promise.reject(new Error(`offline: not fetching ${url}`)), {});
  Object.assign(offline, { get: offline, head: offline });
  const stub = new Module(gotPath);
  stub.filename = gotPath;
  stub.loaded = true;
  stub.exports = offline;
  require.cache[gotPath] = stub;
}

type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<{ issues: RawIssue[]; errors: RawError[] }>;

keepOffline();
process.env.LANG = 'en-US'; // the tool takes its message language from LANG
console.log("electronegativity runs offline: its line 'Could not retrieve updated translations' is expected.");
const run = require('@doyensec/electronegativity') as Runner;
const electronVersion = (require('electron/package.json') as { version: string }).version;

const { issues, errors } = await run(
  {
    input,
    isRelative: true,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  },
  false,
);
const findings = issues.map(findingFromIssue);
mkdirSync(path.dirname(csvPath), { recursive: true });
await writeFileAtomic(csvPath, findingsCsv(findings));

const counts = countBySeverity(findings);
console.log(`electronegativity (Electron ${electronVersion}) over ${path.relative(root, input) || '.'}/ → ${path.relative(root, csvPath)}`);
for (const line of describeFindings(findings)) console.log(`  ${line}`);
for (const warning of errors.filter((e) => e.tolerable)) console.log(`  parsed with a warning: ${warning.file}: ${warning.message}`);
console.log(`  ${SEVERITIES.map((s) => `${s} ${counts[s]}`).join(', ')}`);
const failures = gateFailures(findings, errors);
if (failures.length > 0) {
  for (const failure of failures) console.error(`electronegativity: ${failure}`);
  console.error('Fix these (or, for a false positive, explain it in a comment beside the code).');
  process.exit(1);
}
console.log('electronegativity: no HIGH findings.');
