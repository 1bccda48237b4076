// The determinism fingerprint of a whole run: equal hashes mean bit-identical results (numbers are
// written by JSON.stringify, which round-trips every double exactly).
import type { RunResult } from './runResult';
import { hashOf } from './hash';

export function hashRunResult(result: RunResult): string {
  return hashOf(result);
}
