// The snapshots a worker holds for jobs that resume from them (historyPlan.ts). A snapshot is tens
// of megabytes at scale 0.1, so only a few of the newest are kept: jobs come replication by
// replication, and a replication's jobs follow one another on one worker, so a snapshot is used
// soon after it is made or not at all; its last user takes it out. Losing one costs time, never a
// result.
import type { EngineSnapshot } from '../model/index';

const DEFAULT_CAPACITY = 3;

export class SnapshotStore {
  private readonly entries: { key: string; snapshot: EngineSnapshot }[] = [];

  constructor(private readonly capacity = DEFAULT_CAPACITY) {}

  get(key: string): EngineSnapshot | undefined {
    return this.entries.find((e) => e.key === key)?.snapshot;
  }

  /** Removes and returns a snapshot, for a job that takes it over. */
  take(key: string): EngineSnapshot | undefined {
    const at = this.entries.findIndex((e) => e.key === key);
    return at < 0 ? undefined : this.entries.splice(at, 1)[0].snapshot;
  }

  set(key: string, snapshot: EngineSnapshot): void {
    const existing = this.entries.findIndex((e) => e.key === key);
    if (existing >= 0) this.entries.splice(existing, 1);
    this.entries.unshift({ key, snapshot });
    this.entries.length = Math.min(this.entries.length, this.capacity);
  }
}
