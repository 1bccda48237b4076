// Writes the built-in scenario files (scenarios/*.json) from parameters.ts and timelines.ts:
// `npm run scenarios`. The files are committed; a test checks they match what this would write.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtScenarios } from './built';

const folder = fileURLToPath(new URL('.', import.meta.url));
for (const [name, scenario] of Object.entries(builtScenarios())) {
  writeFileSync(`${folder}${name}.json`, JSON.stringify(scenario, null, 2) + '\n');
  console.log(`wrote scenarios/${name}.json`);
}
