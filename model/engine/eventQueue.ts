// A calendar (bucket) queue of person events on integer days.
// Invariants: events pop in order of (day, kind priority, sequence) — a bucket per day and per kind,
// each first-in first-out, so equal (day, kind) pairs keep the order they were scheduled in; an
// entry carries the version of its person's clock at scheduling time, and the engine skips it as
// stale when that clock has moved on (cheaper than deleting from the queue). Events past the end
// of the run are never stored. No allocation per event.
//
// Layout: every bucket is a chain of fixed-size blocks in one Int32Array pool, so a push writes
// to the bucket's tail block and a walk reads blocks in order. (Buckets as JS arrays cost three
// dependent cache misses per push — the slot, the array object, its elements — and garbage.)
// A block holds a link to the next block in its first int, then (personId, version) pairs.
import type { Day } from '../units';

/** Kinds in priority order within a day: lower numbers run first. */
export const enum EventKind {
  Release = 0,
  RecallEnd = 1,
  StateEnd = 2,
  Court = 3,
  Reoffence = 4,
  Breach = 5,
  BreachDecision = 6,
  Escalation = 7,
  Transfer = 8,
  InterventionDone = 9,
  Desist = 10,
}
export const EVENT_KINDS = 11;

/** Ints per block (a power of two, so a block's end is a multiple of it): the link, a spare int, 15 pairs. */
const BLOCK_SHIFT = 5;
const BLOCK = 1 << BLOCK_SHIFT;
const FIRST_PAIR = 2;

export class EventQueue {
  /** The blocks; block 0 is never used, so 0 can mean "none" in links and positions. */
  pool = new Int32Array(BLOCK * 1024);
  /**
   * Per bucket (kind * days + day offset): the pool position after its last pair (0 when empty),
   * and its first block. Kind-major and apart, because a push reads only the tail, and pushes of a
   * kind land on nearby days: the tails in use then share fewer cache lines.
   */
  private readonly days: number;
  private readonly tails: Int32Array;
  private readonly heads: Int32Array;
  private blocksUsed = 1;
  /** Chain of released blocks, linked through their first int; 0 when empty. */
  private freeBlocks = 0;
  /** End of the bucket being walked (see first/next). */
  private walkEnd = 0;
  scheduled = 0;

  constructor(
    readonly firstDay: Day,
    readonly lastDay: Day,
  ) {
    this.days = lastDay - firstDay + 1;
    this.tails = new Int32Array(this.days * EVENT_KINDS);
    this.heads = new Int32Array(this.days * EVENT_KINDS);
  }

  /** Schedules an event; silently drops one after the last simulated day. */
  push(day: Day, kind: EventKind, personId: number, version: number): void {
    if (day > this.lastDay) return;
    const index = kind * this.days + (day - this.firstDay);
    let at = this.tails[index];
    if (at === 0) {
      const block = this.newBlock();
      this.heads[index] = block;
      at = block * BLOCK + FIRST_PAIR;
    } else if ((at & (BLOCK - 1)) === 0) {
      const block = this.newBlock();
      this.pool[at - BLOCK] = block;
      at = block * BLOCK + FIRST_PAIR;
    }
    this.pool[at] = personId;
    this.pool[at + 1] = version;
    this.tails[index] = at + 2;
    this.scheduled++;
  }

  /**
   * Starts a walk of one day and kind: returns the pool position of its first pair (personId at
   * `pool[at]`, version at `pool[at + 1]`), or 0 when it is empty. One walk at a time; nothing may
   * be pushed to the bucket while it is walked.
   */
  first(day: Day, kind: EventKind): number {
    const index = kind * this.days + (day - this.firstDay);
    this.walkEnd = this.tails[index];
    return this.walkEnd === 0 ? 0 : this.heads[index] * BLOCK + FIRST_PAIR;
  }

  /** The position of the pair after the one at `at` in the bucket being walked, or 0 at its end. */
  next(at: number): number {
    at += 2;
    if (at === this.walkEnd) return 0;
    return (at & (BLOCK - 1)) === 0 ? this.pool[at - BLOCK] * BLOCK + FIRST_PAIR : at;
  }

  /** During a walk: the end of the run of pairs in the same block as `at` (for reading ahead). */
  blockEnd(at: number): number {
    const end = (at | (BLOCK - 1)) + 1;
    return this.walkEnd > at && this.walkEnd < end ? this.walkEnd : end;
  }

  /** During a walk: the first pair of the block after the one holding `at`, or 0 when the walk ends in `at`'s block. */
  followingBlock(at: number): number {
    const blockStart = at & ~(BLOCK - 1);
    // A bucket's last block has no link (its first int is stale), even when the block is full.
    if (this.walkEnd > blockStart && this.walkEnd <= blockStart + BLOCK) return 0;
    return this.pool[blockStart] * BLOCK + FIRST_PAIR;
  }

  /** True when `at` is the first pair of a block. */
  startsBlock(at: number): boolean {
    return (at & (BLOCK - 1)) === FIRST_PAIR;
  }

  /** Hands a walked bucket's blocks back for reuse. */
  release(day: Day, kind: EventKind): void {
    const index = kind * this.days + (day - this.firstDay);
    const end = this.tails[index];
    if (end === 0) return;
    const lastBlock = (end - 1) >> BLOCK_SHIFT;
    this.pool[lastBlock * BLOCK] = this.freeBlocks;
    this.freeBlocks = this.heads[index];
    this.heads[index] = 0;
    this.tails[index] = 0;
  }

  /** The pairs of one day and kind as a plain array [personId, version, ...], or undefined (for tests). */
  bucket(day: Day, kind: EventKind): number[] | undefined {
    const pairs: number[] = [];
    for (let at = this.first(day, kind); at !== 0; at = this.next(at)) pairs.push(this.pool[at], this.pool[at + 1]);
    return pairs.length > 0 ? pairs : undefined;
  }

  private newBlock(): number {
    const free = this.freeBlocks;
    if (free !== 0) {
      this.freeBlocks = this.pool[free * BLOCK];
      return free;
    }
    if (this.blocksUsed * BLOCK === this.pool.length) {
      const grown = new Int32Array(this.pool.length * 2);
      grown.set(this.pool);
      this.pool = grown;
    }
    return this.blocksUsed++;
  }
}
