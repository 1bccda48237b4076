import { describe, expect, it } from 'vitest';
import { EventKind, EventQueue } from '../../model/engine/eventQueue';

// What the kinds' priorities within a day mean for a person is checked on runs of the engine, in
// dayOrder.test.ts; the queue keeps each (day, kind) bucket apart and in scheduling order.

describe('calendar queue', () => {
  it('keeps scheduling order within a day and kind, and drops events past the last day', () => {
    const q = new EventQueue(100, 110);
    q.push(105, EventKind.Court, 3, 1);
    q.push(105, EventKind.Court, 1, 7);
    q.push(105, EventKind.Release, 9, 2);
    q.push(111, EventKind.Court, 4, 1);
    expect(q.bucket(105, EventKind.Court)).toEqual([3, 1, 1, 7]);
    expect(q.bucket(105, EventKind.Release)).toEqual([9, 2]);
    expect(q.scheduled).toBe(3);
    q.release(105, EventKind.Court);
    expect(q.bucket(105, EventKind.Court)).toBeUndefined();
  });
});
