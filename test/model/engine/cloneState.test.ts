// cloneState and restoreState: deep copies that share nothing mutable, keep views of one buffer on
// one (new) buffer, keep cycles, keep Map order, share frozen objects, refuse functions; restoring
// into a fresh object keeps that object's own instances (and so their hidden classes).
import { describe, expect, it } from 'vitest';
import { cloneState, restoreState } from '../../../model/engine/cloneState';

class Counter {
  count = 0;
  readonly history = new Float64Array(3);
  constructor(readonly owner: { counters: Counter[] } | null = null) {}
}

describe('cloneState', () => {
  it('copies typed arrays, and views of one buffer stay views of one new buffer', () => {
    const buffer = new ArrayBuffer(16);
    const state = { bytes: new Uint8Array(buffer), words: new Int32Array(buffer), own: new Float64Array([1, 2]) };
    state.words[0] = 0x01020304;
    const copy = cloneState(state);
    expect(copy.words[0]).toBe(0x01020304);
    copy.bytes[0] = 0xff; // writes through the copy's shared buffer
    expect(copy.words[0]).not.toBe(0x01020304);
    expect(state.words[0]).toBe(0x01020304);
    expect(copy.bytes.buffer).toBe(copy.words.buffer);
    expect(copy.bytes.buffer).not.toBe(buffer);
    copy.own[0] = 9;
    expect(state.own[0]).toBe(1);
  });

  it('keeps classes, cycles and Map order, shares frozen objects and kept inputs', () => {
    const holder: { counters: Counter[]; table: Map<string, number>; constants: readonly number[]; input: { x: number } } = {
      counters: [],
      table: new Map([['b', 2], ['a', 1]]),
      constants: Object.freeze([1, 2, 3]),
      input: { x: 1 },
    };
    holder.counters.push(new Counter(holder));
    const replacement = { x: 2 };
    const copy = cloneState(holder, new Map([[holder.input, replacement]]));
    expect(copy.counters[0]).toBeInstanceOf(Counter);
    expect(copy.counters[0].owner).toBe(copy);
    expect([...copy.table.keys()]).toEqual(['b', 'a']);
    expect(copy.constants).toBe(holder.constants);
    expect(copy.input).toBe(replacement);
  });

  it('refuses functions, naming where they are', () => {
    expect(() => cloneState({ inner: { onDone: () => 1 } })).toThrow(/state\.inner\.onDone is a function/);
  });
});

describe('restoreState', () => {
  it('with move, hands typed arrays over and keeps them shared where they were', () => {
    const history = new Float64Array([1, 2, 3]);
    const source = { counter: new Counter(), byName: new Map([['h', history]]), cached: history };
    const target = { counter: new Counter(), byName: new Map<string, Float64Array>(), cached: new Float64Array(3) };
    restoreState(target, source, new Set(), true);
    expect(target.cached).toBe(history);
    expect(target.byName.get('h')).toBe(history);
    expect(target.counter.history).toBe(source.counter.history);
  });

  it('pours the source into the target, keeping the target’s own instances and kept inputs', () => {
    const source = { counter: new Counter(), label: 'a', input: { x: 1 }, list: [1, 2] };
    source.counter.count = 5;
    source.counter.history[1] = 7;
    const target = { counter: new Counter(), label: 'b', input: { x: 2 }, list: [] as number[], extra: 1 };
    const ownCounter = target.counter;
    restoreState(target, source, new Set([source.input]));
    expect(target.counter).toBe(ownCounter);
    expect(target.counter.count).toBe(5);
    expect(target.counter.history[1]).toBe(7);
    expect(target.counter.history).not.toBe(source.counter.history);
    expect(target.label).toBe('a');
    expect(target.input).toEqual({ x: 2 });
    expect(target.list).toEqual([1, 2]);
    expect(target.list).not.toBe(source.list);
    expect('extra' in target).toBe(false);
  });
});
