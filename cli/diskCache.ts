// The CLI's result cache on disk (`--cache DIR`): one JSON file per replication, named by a hash of
// its key (engine version, scenario hash, seed, replication), so a later command reuses any run it
// has seen. Files are written atomically; an unreadable or foreign file is treated as a miss (and
// said once on stderr), never as a result. The key is stored in the file and checked on reading.
// The runner's cache interface is synchronous, so `set` starts the write and `flush` (awaited by the
// command before it reports) waits for all of them and reports the first that failed.
import { mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ResultCache } from '../experiments/cache';
import type { ReplicationOutput } from '../experiments/types';
import { writeFileAtomic } from '../io/atomicWrite';
import { hashOf } from '../model/hash';

interface CacheFile {
  format: 'probation-sim/replication';
  key: string;
  output: ReplicationOutput;
}

export class DiskCache implements ResultCache {
  hits = 0;
  private warned = false;
  private readonly writes: Promise<void>[] = [];
  private failure: { error: unknown } | undefined;

  constructor(
    private readonly folder: string,
    private readonly warn: (message: string) => void,
  ) {
    mkdirSync(folder, { recursive: true });
  }

  private fileOf(key: string): string {
    return path.join(this.folder, `${hashOf(key)}.json`);
  }

  get(key: string): ReplicationOutput | undefined {
    let text: string;
    try {
      text = readFileSync(this.fileOf(key), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const file = JSON.parse(text, reviveNumbers) as CacheFile;
      if (file.format !== 'probation-sim/replication' || file.key !== key || typeof file.output?.kpis !== 'object') throw new Error('not a cached replication');
      this.hits++;
      return file.output;
    } catch (error) {
      if (!this.warned) this.warn(`ignoring an unreadable cache file in ${this.folder} (${(error as Error).message}); it will be recomputed\n`);
      this.warned = true;
      return undefined;
    }
  }

  set(key: string, output: ReplicationOutput): void {
    const file: CacheFile = { format: 'probation-sim/replication', key, output };
    // The failure is kept for flush(), so that it is never an unhandled rejection in between.
    const write = writeFileAtomic(this.fileOf(key), JSON.stringify(file, keepNonFinite)).catch((error: unknown) => {
      this.failure ??= { error };
    });
    this.writes.push(write);
  }

  /** Waits for every write started so far; rejects with the first failure. */
  async flush(): Promise<void> {
    await Promise.all(this.writes.splice(0));
    if (this.failure) throw this.failure.error;
  }
}

// JSON has no NaN or ±Infinity, which undefined KPIs use: store them as strings and bring them back.
function keepNonFinite(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
}

function reviveNumbers(_key: string, value: unknown): unknown {
  return value === 'NaN' ? NaN : value === 'Infinity' ? Infinity : value === '-Infinity' ? -Infinity : value;
}
