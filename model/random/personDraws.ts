// A person's own random draws for one purpose: word n of (person, purpose) is a keyed hash of
// (run key, the person's serial, the purpose, n), where n is a counter kept in the person's record
// (people.ts) and moved on by each word drawn. So a person's draws for a purpose depend on nothing
// but how many that person has drawn for it before: the same person draws the same under two
// policies until a policy changes what they draw for, a purpose that draws more shifts no other
// purpose's draws and no other person's, and nothing depends on the order people are handled in.
//
// The hash, in the manner of SplitMix: a stream's base is a keyed round of lowbias32 (a 32-bit
// finaliser: xor-shift, multiply, twice; Math.imul only, so the same bits on every runtime) over
// the serial, xor the purpose's key (another round over the purpose), keyed by three words drawn
// once per run from seedrandom (seed, replication), computed when a cursor is pointed at a new
// person; word n is lowbias32(base + n × golden ratio).
// One finaliser per word: a 64-bit-wide Feistel network (no two streams ever sharing a word) took
// two or three and made the whole run visibly slower. The price of 32 bits: two of a run's many
// (person, purpose) streams can share a stretch of words (when their bases differ by a small
// multiple of the step), a dependence between two unrelated people's draws of one kind, too rare
// to show in any result. Quality: test/model/random/personDraws.test.ts.
//
// A cursor is pointed (point()) at a person's counter before use and draws through RandomSource's
// samplers; pointing clears the cached normal deviate, so none passes between people or purposes.
// Counters are 10 bits, so that they fit the record's last bytes (the run's memory estimate has no
// room for a larger record): a purpose's words repeat after 1,024 draws by one person. The busiest
// person of the as-happened run (20 years, scale 0.05) drew at most 421 words for one purpose
// (Episode: four an episode), 186 for interventions, under 150 for any other.
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
  /**
   * An offence episode: further offences with it, whether it is dealt with out of court, the lag to
   * court (always both words, used or not, so that every episode takes the same number).
   */
  Episode = 2,
  /** Whether the court has a pre-sentence report, and which kind. */
  Report = 3,
  /** The disposal, custody band and term, order length. */
  Sentence = 4,
  /** Breach: its waiting time, enforcement decisions and resentencing terms, recall on a further offence, recall kind and length. */
  Breach = 5,
  /** The waiting time to the next risk escalation. */
  Escalation = 6,
  /** Intervention referral and completion: one word (two half-word uniforms) for each intervention at every start. */
  Interventions = 7,
  /** Needs resolved at release (two words at every release), and the service delays and delivery contracts measure. */
  Services = 8,
  /** Who the person is: area, offence group, propensity, priors, needs, RoSH, MAPPA, career, first offences. */
  Attributes = 9,
}
/** Purposes with a counter in the record (10 bits each, three to a 32-bit word: people.ts). */
export const STORED_PURPOSES = 9;
export const PURPOSES = 10;
/** The purposes with a counter in the record: what World.draws takes. */
export type StoredPurpose = Exclude<Purpose, Purpose.Attributes>;
/** A counter's bits: words repeat after this many draws by one person for one purpose. */
export const COUNTER_PERIOD = 1024;

/** A 32-bit finaliser with low bias (lowbias32, from Chris Wellons's hash prospector search). */
function lowbias32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  return x ^ (x >>> 16);
}

/** The golden-ratio increment: a Weyl sequence's step, odd so that n * step runs through every word. */
const STEP = 0x9e3779b9 | 0;

/** The run key: three words from seedrandom, derived once per (seed, replication). */
export function personKeyOf(seed: number, replication: number): Int32Array {
  const seeder = seedrandom(`probation-sim/${seed}/${replication}/people`);
  return Int32Array.of(seeder.int32(), seeder.int32(), seeder.int32());
}

/** The purpose's own key word, from the run key: a finaliser round over (key, purpose). */
function purposeKeyOf(key: Int32Array, purpose: number): number {
  return lowbias32((key[1] + Math.imul(purpose + 1, STEP)) ^ key[2]);
}

/** The start of (serial, purpose)'s sequence: a keyed finaliser round over the serial, and the purpose's key. */
function streamBase(key: Int32Array, serial: number, purposeKey: number): number {
  return lowbias32(serial ^ key[0]) ^ purposeKey;
}

/** Word `n` of (serial, purpose) under `key`: the generator itself, for tests and for PersonDraws. */
export function personWord(key: Int32Array, serial: number, purpose: number, n: number): number {
  return lowbias32((streamBase(key, serial, purposeKeyOf(key, purpose)) + Math.imul(n & (COUNTER_PERIOD - 1), STEP)) | 0) >>> 0;
}

export class PersonDraws extends RandomSource {
  /** The run key's first word, the purpose's key, (unused), the pointed stream's base (typed: the words lie outside V8's small integers). */
  private readonly words = new Int32Array(4);
  /** Where the counter lives: a word of the records (People.drawCounters) or, for Attributes, `scratch`. */
  private counters: Int32Array<ArrayBufferLike> = new Int32Array(1);
  private index = 0;
  /** The serial the base in words[3] is for (-1: none yet). */
  private serial = -1;
  /** The counter's bits in its word: 10 × (purpose mod 3) up. */
  private readonly shift: number;
  /** 1 at the counter's lowest bit, and the word's other bits: the steps of a draw. */
  private readonly one: number;
  private readonly clear: number;
  private readonly scratch = new Int32Array(1);

  constructor(
    key: Int32Array,
    readonly purpose: Purpose,
  ) {
    super();
    this.words.set(key.subarray(0, 3));
    this.words[1] = purposeKeyOf(key, purpose);
    this.shift = purpose === Purpose.Attributes ? 0 : 10 * (purpose % 3);
    this.one = 1 << this.shift;
    this.clear = ~((COUNTER_PERIOD - 1) << this.shift);
  }

  /** Points the cursor at a person: `counters[index]` holds their counter for this purpose. */
  point(counters: Int32Array, index: number, serial: number): this {
    this.counters = counters;
    this.index = index;
    // A process often points a cursor at one person several times in one event: keep the base.
    if (serial !== this.serial) {
      this.serial = serial;
      this.words[3] = streamBase(this.words, serial, this.words[1]);
    }
    this.spareNormal = NaN;
    return this;
  }

  /** Points the cursor at a person's Attributes, drawn from 0 each time (at entry, in one go). */
  pointFresh(serial: number): this {
    this.scratch[0] = 0;
    return this.point(this.scratch, 0, serial);
  }

  nextUint32(): number {
    const counters = this.counters;
    const word = counters[this.index];
    const n = (word >>> this.shift) & (COUNTER_PERIOD - 1);
    // Three counters fill 30 bits, so adding one never carries out of the word; at the period, back to 0.
    counters[this.index] = n === COUNTER_PERIOD - 1 ? word & this.clear : word + this.one;
    return lowbias32((this.words[3] + Math.imul(n, STEP)) | 0) >>> 0;
  }
}
