// The engine's V8 flags (experiments/v8Tuning.ts): each is one this Node's V8 knows (Node refuses
// an unknown one, so a misspelt flag would stop every CLI run), and a run under them gives the
// same bits as one on V8's defaults (inlining never changes what JavaScript computes).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { hashRunResult, runSimulation } from '../../model/index';
import { ENGINE_V8_FLAGS } from '../../experiments/v8Tuning';
import { small } from '../helpers/scenarios';

const nodeWith = (args: string[]) => spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 110_000 });

describe("the engine's V8 flags", () => {
  it('are flags this V8 accepts', () => {
    expect(ENGINE_V8_FLAGS.length).toBeGreaterThan(0);
    for (const flag of ENGINE_V8_FLAGS) {
      const run = nodeWith([flag, '-e', '0']);
      expect(run.stderr, flag).toBe('');
      expect(run.status, flag).toBe(0);
    }
    // The same check catches a flag V8 does not know.
    expect(nodeWith(['--max-inlined-bytecode-size-cumulativ=3000', '-e', '0']).status).not.toBe(0);
  });

  it('change no result: a run under them has the same hash as one on the defaults', () => {
    const here = hashRunResult(runSimulation(small('as-happened', 0.01, 3, 3), { seed: 11 }));
    const script = [
      "import { hashRunResult, runSimulation } from './model/index.ts';",
      "import { small } from './test/helpers/scenarios.ts';",
      "console.log(hashRunResult(runSimulation(small('as-happened', 0.01, 3, 3), { seed: 11 })));",
    ].join('\n');
    const tuned = nodeWith([...ENGINE_V8_FLAGS, '--import', 'tsx', '--input-type=module', '-e', script]);
    expect(tuned.stderr).toBe('');
    expect(tuned.stdout.trim()).toBe(here);
  }, 120_000);
});
