// `tsx scripts/checkImportCycles.ts FOLDER...`: fails (exit 1) if the .ts/.tsx files under the
// given folders import one another in a cycle, and prints each cycle with its files. Run by
// `npm run lint`, so that the layers' one-way dependencies stay one-way (DESIGN.md §6).
import { existsSync } from 'node:fs';
import { describeCycle, findCycles, importGraphOf } from './importCycles';

const folders = process.argv.slice(2);
if (folders.length === 0) {
  console.error('checkImportCycles: give one or more folders to check, e.g. `tsx scripts/checkImportCycles.ts model finance`.');
  process.exit(2);
}
const missing = folders.filter((folder) => !existsSync(folder));
if (missing.length > 0) {
  console.error(`checkImportCycles: no such folder: ${missing.join(', ')}.`);
  process.exit(2);
}
const graph = importGraphOf(folders);
const cycles = findCycles(graph);
for (const cycle of cycles) console.error(describeCycle(cycle, graph, process.cwd()));
if (cycles.length > 0) {
  console.error(`${cycles.length} import cycle(s) in ${folders.join(', ')}.`);
  process.exit(1);
}
console.log(`No import cycles among ${graph.size} files in ${folders.join(', ')}.`);
