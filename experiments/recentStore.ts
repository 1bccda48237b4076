// A worker's few newest results by key: the engine runs that money-only variants reuse, and the
// snapshots that variants sharing a history resume from (replication.ts, historyPlan.ts). Only a
// few are kept, because each is large (a snapshot is tens of megabytes at scale 0.1) and is needed
// soon after it is made or not at all: jobs come replication by replication, and a replication's
// jobs follow one another on one worker. Losing one costs time, never a result.

export class RecentStore<T> {
  private readonly entries: { key: string; value: T }[] = [];

  constructor(private readonly capacity: number) {}

  get(key: string): T | undefined {
    return this.entries.find((e) => e.key === key)?.value;
  }

  /** Removes and returns an entry, for a job that takes it over (a snapshot's last user). */
  take(key: string): T | undefined {
    const at = this.entries.findIndex((e) => e.key === key);
    return at < 0 ? undefined : this.entries.splice(at, 1)[0].value;
  }

  /** Adds an entry as the newest, replacing one with the same key, and forgets the oldest beyond capacity. */
  set(key: string, value: T): void {
    const existing = this.entries.findIndex((e) => e.key === key);
    if (existing >= 0) this.entries.splice(existing, 1);
    this.entries.unshift({ key, value });
    this.entries.length = Math.min(this.entries.length, this.capacity);
  }
}
