// Applies the engine's V8 flags (experiments/v8Tuning.ts) to this Node process and every worker
// thread it starts later (V8's flags are the process's). Called first thing by each entry point
// that runs the engine, before its code is hot enough to be optimised.
import { setFlagsFromString } from 'node:v8';
import { ENGINE_V8_FLAGS } from '../experiments/v8Tuning';

export function applyEngineV8Flags(): void {
  for (const flag of ENGINE_V8_FLAGS) setFlagsFromString(flag);
}
