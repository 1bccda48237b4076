// A person's own random draws for one purpose: word n of (person, purpose) is a keyed hash of
// (run key, the person's serial, the purpose, n), where n is a counter kept in the person's record
// (people.ts) and moved on by each word drawn. So a person's draws for a purpose depend on nothing
// but how many that person has drawn for it before: the same person draws the same under two
// policies until a policy changes what they draw for, a purpose that draws more shifts no other
// purpose's draws and no other person's, and nothing depends on the order people are handled in.
//
// The hash is a 4-round Feistel network on the 64-bit block (purpose << 16 | n, serial), its round
// function lowbias32 (a 32-bit finaliser: xor-shift, multiply, twice; Math.imul only, so the same
// bits on every runtime) keyed by four words drawn once per run from seedrandom (seed,
// replication). A Feistel network is a permutation, so distinct (serial, purpose, n) never share a
// block; the first round depends on the serial alone and is computed when the cursor is pointed.
// The output is the last round's right half. Quality: test/model/random/personDraws.test.ts.
//
// A cursor is pointed (point()) at a person's counter before use and draws through RandomSource's
// samplers; pointing clears the cached normal deviate, so none passes between people or purposes.
// Counters are 16 bits: a purpose's words repeat after 65,536 draws by one person (a career draws
// a few hundred at most for its busiest purpose).
import seedrandom from 'seedrandom';
import { RandomSource } from './randomSource';

/**
 * What a person draws for. The first STORED_PURPOSES keep a counter in the person's record;
 * Attributes are drawn in one go at entry and start from 0 each time the cursor is pointed.
 * Split so that a draw one policy makes and another does not shifts nothing else: the pre-sentence
 * report (drawn with a policy's report share and mix) apart from the sentence, thinning (which
 * supervision changes) apart from the offence episode, and so on.
 */
export const enum Purpose {
  /** The waiting time to the next candidate offence (offending.ts). */
  ReoffenceTiming = 0,
  /** Whether a candidate offence is one, against the hazard as it stands (reoffence.ts). */
  Thinning = 1,
  /** An offence episode: further offences with it, and whether it is dealt with out of court. */
  Episode = 2,
  /** The lag from offence to court hearing. */
  ConvictionLag = 3,
  /** Whether the court has a pre-sentence report, and which kind. */
  Report = 4,
  /** The disposal, custody band and term, order length. */
  Sentence = 5,
  /** The waiting time to the next breach. */
  BreachTiming = 6,
  /** Enforcement: breach decisions, resentencing terms, recall on a further offence, recall kind and length. */
  Enforcement = 7,
  /** The waiting time to the next risk escalation. */
  Escalation = 8,
  /** Intervention referral and completion. */
  Interventions = 9,
  /** Needs resolved by resettlement at release. */
  Resettlement = 10,
  /** Service delays and delivery (observed only). */
  Service = 11,
  /** Who the person is: area, offence group, propensity, priors, needs, RoSH, MAPPA, career, first offences. */
  Attributes = 12,
}
export const STORED_PURPOSES = 12;
export const PURPOSES = 13;

/** A 32-bit finaliser with low bias (lowbias32, from Chris Wellons's hash prospector search). */
function lowbias32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  return x ^ (x >>> 16);
}

/** The run key: four words from seedrandom, derived once per (seed, replication). */
export function personKeyOf(seed: number, replication: number): Int32Array {
  const seeder = seedrandom(`probation-sim/${seed}/${replication}/people`);
  return Int32Array.of(seeder.int32(), seeder.int32(), seeder.int32(), seeder.int32());
}

/** Word `n` of (serial, purpose) under `key`: the generator itself, for tests and for PersonDraws. */
export function personWord(key: Int32Array, serial: number, purpose: number, n: number): number {
  const left = ((purpose << 16) | (n & 0xffff)) ^ lowbias32(serial ^ key[0]);
  const right = serial ^ lowbias32(left ^ key[1]);
  const left2 = left ^ lowbias32(right ^ key[2]);
  return (right ^ lowbias32(left2 ^ key[3])) >>> 0;
}

export class PersonDraws extends RandomSource {
  /**
   * key[0..3], then the pointed person's serial and first-round mix. In a typed array, not fields:
   * the words lie outside V8's small-integer range, and fields would box them (RandomStream).
   */
  private readonly words = new Int32Array(6);
  /** Where the counter lives: a person's record (People.drawCounters) or, for Attributes, `scratch`. */
  private counters: Uint16Array<ArrayBufferLike> = new Uint16Array(1);
  private index = 0;
  private purposeBits = 0;
  private readonly scratch = new Uint16Array(1);

  constructor(key: Int32Array, readonly purpose: Purpose) {
    super();
    this.words.set(key.subarray(0, 4));
    this.purposeBits = purpose << 16;
  }

  /**
   * Points the cursor at a person: `counters[index]` is their counter for this purpose (ignored for
   * Attributes, which start from 0). Returns the cursor, ready to draw.
   */
  point(counters: Uint16Array, index: number, serial: number): this {
    if (this.purpose === Purpose.Attributes) {
      this.scratch[0] = 0;
      this.counters = this.scratch;
      this.index = 0;
    } else {
      this.counters = counters;
      this.index = index;
    }
    const words = this.words;
    words[4] = serial;
    words[5] = this.purposeBits ^ lowbias32(serial ^ words[0]);
    this.spareNormal = NaN;
    return this;
  }

  nextUint32(): number {
    const counters = this.counters;
    const n = counters[this.index];
    counters[this.index] = n + 1; // a Uint16Array wraps
    const words = this.words;
    // personWord() with the serial's round already done at point().
    const left = words[5] ^ n;
    const right = words[4] ^ lowbias32(left ^ words[1]);
    const left2 = left ^ lowbias32(right ^ words[2]);
    return (right ^ lowbias32(left2 ^ words[3])) >>> 0;
  }
}
