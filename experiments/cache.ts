// The result cache: a replication is identified by (engine version, scenario hash, seed,
// replication, the series and yearly measures it kept), so an identical run is never computed twice. The memory cache
// lives for a session (an app session, one CLI command); the CLI adds a disk cache with the same
// interface (cli/diskCache.ts). A changed engine version or scenario gives a new key, so a cache
// can never return a stale result.
import { ENGINE_VERSION, hashOf, type Scenario } from '../model/index';
import type { ReplicationJob } from './replication';
import type { ReplicationOutput } from './types';

export interface ResultCache {
  get(key: string): ReplicationOutput | undefined;
  set(key: string, output: ReplicationOutput): void;
}

export class MemoryCache implements ResultCache {
  private readonly entries = new Map<string, ReplicationOutput>();

  get(key: string): ReplicationOutput | undefined {
    return this.entries.get(key);
  }

  set(key: string, output: ReplicationOutput): void {
    this.entries.set(key, output);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Looks in each cache in turn; stores in all of them. */
export class LayeredCache implements ResultCache {
  constructor(private readonly layers: readonly ResultCache[]) {}

  get(key: string): ReplicationOutput | undefined {
    for (let i = 0; i < this.layers.length; i++) {
      const hit = this.layers[i].get(key);
      if (hit) {
        for (let j = 0; j < i; j++) this.layers[j].set(key, hit);
        return hit;
      }
    }
    return undefined;
  }

  set(key: string, output: ReplicationOutput): void {
    for (const layer of this.layers) layer.set(key, output);
  }
}

/** The cache key of a job. Scenario hashes are memoised per scenario object (hashing is not free). */
export function cacheKeyFunction(): (job: ReplicationJob) => string {
  const hashes = new WeakMap<Scenario, string>();
  return (job) => {
    let hash = hashes.get(job.scenario);
    if (hash === undefined) {
      hash = hashOf(job.scenario);
      hashes.set(job.scenario, hash);
    }
    const series = job.series && job.series.length > 0 ? `|series:${[...job.series].join(',')}` : '';
    const yearly = job.yearly && job.yearly.length > 0 ? `|yearly:${[...job.yearly].join(',')}` : '';
    return `${ENGINE_VERSION}|${hash}|${job.seed}|${job.replication}${series}${yearly}`;
  };
}
