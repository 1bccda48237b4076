// People keeps every person in one 160-byte record with hand-computed offsets (model/engine/people.ts).
// A wrong offset does not crash: it silently makes two fields share bytes, or a field spill into the
// next person's record, and the model then reads one field's value as another's. These tests hold
// each field to its own bytes: every field round-trips its element type's values; writing one field
// leaves every other field, clock and neighbouring record as it was; and that stays true through
// the free list (free, reuse) and through the buffer's growth.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Clock, COHORT_SLOTS, FREE_SLOT, People } from '../../../model/engine/people';
import { ScenarioError } from '../../../model/scenario/scenarioError';

type Element = 'u8' | 'i16' | 'u16' | 'i32' | 'u32' | 'f32' | 'f64';

/** One field as the test sees it: how to read and write it, and what it stores. */
interface Field {
  name: string;
  element: Element;
  get(p: People, id: number): number;
  set(p: People, id: number, v: number): void;
}

function scalar(name: string, element: Element): Field {
  const getter = (People.prototype as any)[name] as (id: number) => number;
  const setter = (People.prototype as any)[`set${name[0].toUpperCase()}${name.slice(1)}`] as (id: number, v: number) => void;
  if (getter === undefined || setter === undefined) throw new Error(`People has no field ${name}`);
  return { name, element, get: (p, id) => getter.call(p, id), set: (p, id, v) => setter.call(p, id, v) };
}

const SCALARS: Field[] = [
  scalar('provider', 'i16'),
  scalar('state', 'u8'),
  scalar('rosh', 'u8'),
  scalar('needs', 'u8'),
  scalar('custodyBand', 'u8'),
  scalar('pendingInterventions', 'u8'),
  scalar('recallRequested', 'u8'),
  scalar('anchorDay', 'i32'),
  scalar('careerEnd', 'i32'),
  scalar('sentenceEnd', 'i32'),
  scalar('pssEnd', 'i32'),
  scalar('pendingCourtDay', 'i32'),
  scalar('journey', 'i32'),
  scalar('propensity', 'f32'),
  scalar('interventionMultiplier', 'f32'),
  scalar('hazardBound', 'f32'),
  scalar('breachFactor', 'f32'),
  scalar('sentenceStart', 'i32'),
  scalar('releaseDay', 'i32'),
  scalar('highRoshSince', 'i32'),
  scalar('interventionStart', 'i32'),
  scalar('suspendedTermDays', 'i32'),
  scalar('lastCohortQuarter', 'i32'),
  scalar('priors', 'u16'),
  scalar('pendingOffences', 'u16'),
  scalar('supervisedOnRelease', 'u8'),
  scalar('area', 'u8'),
  scalar('mappa', 'u8'),
  scalar('offenceGroup', 'u8'),
  scalar('serial', 'i32'),
];

const slotField = (name: 'cohortDay' | 'cohortRecord', k: number): Field => ({
  name: `${name}[${k}]`,
  element: 'i32',
  get: (p, id) => p[name](id, k),
  set: (p, id, v) => (name === 'cohortDay' ? p.setCohortDay(id, k, v) : p.setCohortRecord(id, k, v)),
});

/** The words holding the draw counters (three 10-bit counters to a word, random/personDraws.ts). */
const counterWord = (k: number): Field => ({
  name: `drawCounters[${k}]`,
  element: 'i32',
  get: (p, id) => p.drawCounters()[p.drawCounterIndex(id, 3 * k)],
  set: (p, id, v) => {
    p.drawCounters()[p.drawCounterIndex(id, 3 * k)] = v;
  },
});

const FIELDS: Field[] = [
  ...SCALARS,
  ...[0, 1, 2].map(counterWord),
  ...Array.from({ length: COHORT_SLOTS }, (_, k) => slotField('cohortDay', k)),
  ...Array.from({ length: COHORT_SLOTS }, (_, k) => slotField('cohortRecord', k)),
];

/** The clocks by name (Clock is a const enum, which cannot be enumerated). */
const CLOCKS: Record<string, Clock> = {
  State: Clock.State,
  Reoffence: Clock.Reoffence,
  Court: Clock.Court,
  Breach: Clock.Breach,
  Escalation: Clock.Escalation,
  Intervention: Clock.Intervention,
};

/** Bytes of each element type. */
const WIDTH: Record<Element, number> = { u8: 1, i16: 2, u16: 2, i32: 4, u32: 4, f32: 4, f64: 8 };

/** The element's value whose every byte is `byte` (what a typed array of that type reads from such bytes). */
function filled(element: Element, byte: number): number {
  const bytes = new Uint8Array(8).fill(byte);
  const view = new DataView(bytes.buffer);
  switch (element) {
    case 'u8': return view.getUint8(0);
    case 'i16': return view.getInt16(0);
    case 'u16': return view.getUint16(0);
    case 'i32': return view.getInt32(0);
    case 'u32': return view.getUint32(0);
    case 'f32': return view.getFloat32(0);
    case 'f64': return view.getFloat64(0);
  }
}

/** Any value the element type holds exactly. */
function valueOf(element: Element): fc.Arbitrary<number> {
  switch (element) {
    case 'u8': return fc.integer({ min: 0, max: 0xff });
    case 'i16': return fc.integer({ min: -0x8000, max: 0x7fff });
    case 'u16': return fc.integer({ min: 0, max: 0xffff });
    case 'i32': return fc.integer();
    case 'u32': return fc.integer({ min: 0, max: 0xffffffff });
    case 'f32': return fc.float({ noNaN: true });
    case 'f64': return fc.double({ noNaN: true });
  }
}

/** A value of the element type that differs between people and between fields (for filling many records). */
function distinctValue(element: Element, id: number, field: number): number {
  const n = id * 64 + field;
  switch (element) {
    case 'u8': return n & 0xff;
    case 'i16': return (n & 0xffff) - 0x8000;
    case 'u16': return n & 0xffff;
    case 'i32': return n - 0x40000000;
    case 'u32': return n + 0x80000000;
    case 'f32': return n / 8;
    case 'f64': return n / 3;
  }
}

function snapshot(p: People, id: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of FIELDS) out[f.name] = f.get(p, id);
  for (const [name, clock] of Object.entries(CLOCKS)) out[`clock ${name}`] = p.clock(id, clock);
  return out;
}

describe('People records', () => {
  it('lists every field People has (a new field must be added here to be checked)', () => {
    const setters = Object.getOwnPropertyNames(People.prototype).filter((name) => /^set[A-Z]/.test(name)).sort();
    const tested = [...SCALARS.map((f) => `set${f.name[0].toUpperCase()}${f.name.slice(1)}`), 'setCohortDay', 'setCohortRecord'].sort();
    expect(tested).toEqual(setters);
  });

  it('fill the 160-byte record exactly once between them, clocks included', () => {
    // Fields, clocks and draw counters: none spare (people.ts).
    const bytes = FIELDS.reduce((sum, f) => sum + WIDTH[f.element], 0) + 4 * Object.keys(CLOCKS).length;
    expect(bytes).toBe(160);
  });

  it('each field owns its bytes: writing it changes no other field, clock or neighbouring record', () => {
    const p = new People(0);
    const ids = [p.allocate(), p.allocate(), p.allocate()];
    const middle = ids[1];
    for (const target of FIELDS) {
      // Every byte of every field of three neighbours is 0x55, each clock a small distinct number;
      // then the target field's bytes become 0xaa. Any byte it shares with another field shows.
      for (const id of ids) for (const f of FIELDS) f.set(p, id, filled(f.element, 0x55));
      const before = ids.map((id) => snapshot(p, id));
      target.set(p, middle, filled(target.element, 0xaa));
      const after = ids.map((id) => snapshot(p, id));
      const expected = before.map((s) => ({ ...s }));
      expected[1][target.name] = filled(target.element, 0xaa);
      expect(after, `writing ${target.name}`).toEqual(expected);
    }
  });

  it('each clock owns its word: advancing it moves it by one and changes no field or other clock', () => {
    const p = new People(0);
    const ids = [p.allocate(), p.allocate(), p.allocate()];
    for (const id of ids) for (const f of FIELDS) f.set(p, id, filled(f.element, 0x55));
    for (const [name, clock] of Object.entries(CLOCKS)) {
      const before = ids.map((id) => snapshot(p, id));
      expect(p.advance(ids[1], clock)).toBe(before[1][`clock ${name}`] + 1);
      const expected = before.map((s) => ({ ...s }));
      expected[1][`clock ${name}`] += 1;
      expect(ids.map((id) => snapshot(p, id)), `advancing clock ${name}`).toEqual(expected);
    }
  });

  it('every field round-trips any value of its element type, for any person', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2999 }),
        fc.tuple(...FIELDS.map((f) => valueOf(f.element))),
        (id, values) => {
          const p = new People(0);
          while (p.highWater <= id) p.allocate();
          FIELDS.forEach((f, i) => f.set(p, id, values[i]));
          FIELDS.forEach((f, i) => expect(f.get(p, id), f.name).toBe(values[i]));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keep every live person intact through allocate, free, reuse and growth', () => {
    type Op = { kind: 'allocate'; count: number; values: number[] } | { kind: 'free'; pick: number } | { kind: 'write'; pick: number; field: number; value: number };
    const values = fc.tuple(...FIELDS.map((f) => valueOf(f.element)));
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ kind: fc.constant('allocate' as const), count: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 10, max: 40 })), values }),
      fc.record({ kind: fc.constant('free' as const), pick: fc.nat() }),
      fc.integer({ min: 0, max: FIELDS.length - 1 }).chain((field) =>
        fc.record({ kind: fc.constant('write' as const), pick: fc.nat(), field: fc.constant(field), value: valueOf(FIELDS[field].element) }),
      ),
    );
    const growth: fc.Arbitrary<Op> = fc.record({ kind: fc.constant('allocate' as const), count: fc.integer({ min: 30, max: 40 }), values });
    fc.assert(
      // Some operations, then enough allocations to outgrow the first buffer (more than the frees
      // before it can return), then more operations.
      fc.property(fc.array(op, { maxLength: 20 }), growth, fc.array(op, { maxLength: 20 }), (before, grow, after) => {
        const ops = [...before, grow, ...after];
        const p = new People(0);
        // What each live person should hold: the values written last, and their clocks.
        const shadow = new Map<number, Record<string, number>>();
        const freed: number[] = [];
        const freedClock = new Map<number, number>();
        // Start just short of the first buffer's 1024 records, each person's values its own, so that
        // the growth step below outgrows it with people to carry across.
        for (let n = 0; n < 1020; n++) {
          const id = p.allocate();
          FIELDS.forEach((f, i) => f.set(p, id, distinctValue(f.element, id, i)));
          shadow.set(id, snapshot(p, id));
        }
        for (const o of ops) {
          if (o.kind === 'allocate') {
            for (let n = 0; n < o.count; n++) {
              const id = p.allocate();
              // (Plain checks rather than expect: this runs thousands of times per case.)
              // The free list hands back the most recently freed slot first, else a new one.
              const wanted = freed.length > 0 ? freed.pop() : p.highWater - 1;
              if (id !== wanted || shadow.has(id)) throw new Error(`allocate returned ${id}, expected free slot ${wanted}`);
              // A reused slot keeps its clocks (never reset), so events queued for its last owner stay stale.
              if (p.clock(id, CLOCKS.State) !== (freedClock.get(id) ?? 0)) throw new Error(`reused slot ${id} restarted its state clock`);
              p.advance(id, CLOCKS.State);
              FIELDS.forEach((f, i) => f.set(p, id, o.values[i]));
              shadow.set(id, snapshot(p, id));
            }
          } else if (shadow.size > 0) {
            const live = [...shadow.keys()];
            const id = live[o.pick % live.length];
            if (o.kind === 'free') {
              p.free(id);
              expect(p.state(id)).toBe(FREE_SLOT);
              freedClock.set(id, p.clock(id, CLOCKS.State));
              shadow.delete(id);
              freed.push(id);
            } else {
              const f = FIELDS[o.field];
              f.set(p, id, o.value);
              shadow.get(id)![f.name] = o.value;
            }
          }
        }
        expect(p.live).toBe(shadow.size);
        expect(p.highWater).toBeLessThanOrEqual(p.capacity);
        const wrong: string[] = [];
        for (const [id, expected] of shadow) {
          const actual = snapshot(p, id);
          for (const key in expected) if (!Object.is(actual[key], expected[key])) wrong.push(`person ${id} ${key}: ${actual[key]}, wrote ${expected[key]}`);
        }
        expect(wrong.slice(0, 5)).toEqual([]);
        // The first buffer holds 1024: the records were copied to a larger one, and the check covers the copy.
        expect(p.capacity).toBeGreaterThan(1024);
      }),
      { numRuns: 30 },
    );
  });

  it('a reused slot does not restart its clocks: an event queued for the person before stays stale', () => {
    const p = new People(0);
    const id = p.allocate();
    const queuedVersion = p.advance(id, CLOCKS.Court);
    p.free(id);
    expect(p.allocate()).toBe(id);
    expect(p.advance(id, CLOCKS.Court)).toBeGreaterThan(queuedVersion);
  });
});

describe('People growth', () => {
  it('stops with a ScenarioError naming the people alive, before its records would pass the memory ceiling', () => {
    // 1,024 slots of 164 bytes fit in 200,000 bytes; the 2,048 that the 1,025th person needs do not.
    const people = new People(1024, 200_000);
    for (let i = 0; i < 1024; i++) people.allocate();
    expect(() => people.allocate()).toThrow(ScenarioError);
    expect(() => people.allocate()).toThrow(/outgrew the memory one run may use: 1024 people alive at once.*more than 1 MiB/);
    expect(people.capacity).toBe(1024);
  });

  it('grows freely below the ceiling', () => {
    const people = new People(1024, 400_000);
    for (let i = 0; i < 2048; i++) people.allocate();
    expect(people.capacity).toBe(2048);
  });
});
