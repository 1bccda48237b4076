// The tables of Marsaglia and Tsang's ziggurat for the standard exponential ("The Ziggurat Method
// for Generating Random Variables", J. Stat. Software 5(8), 2000; REXP with 256 layers).
// Why: a run draws about three million exponential waiting times, and inverting the distribution
// costs a logarithm each (about a tenth of a run); the ziggurat needs one 32-bit word and a
// comparison for 98.9% of draws, and stays exact: the rare rest are drawn by rejection or, past the
// base, from the tail. Invariants: the tables are built with the deterministic log and exp
// (detMath.ts), so every runtime draws the same bits; the layer is the word's low 8 bits and the
// position within it the other 24, so the two never share bits.
import { detExp, detLog } from '../math/detMath';

/** Layers; a power of two, indexed by a word's low bits. */
export const ZIGGURAT_LAYERS = 256;
/** Where the base layer's rectangle ends and the tail begins. */
export const ZIGGURAT_R = 7.697117470131487;
/** Each layer's area. */
const AREA = 3.949659822581572e-3;
/** The 24 bits that place a draw within its layer. */
const POSITION_SCALE = 16777216;

export interface ExponentialZiggurat {
  /** A position (0..2^24-1) below kBound[i] lies under the density whatever the height: accept at once. */
  readonly kBound: Float64Array;
  /** Position → x in layer i. */
  readonly width: Float64Array;
  /** The density at each layer's right edge. */
  readonly height: Float64Array;
}

function buildTables(): ExponentialZiggurat {
  const kBound = new Float64Array(ZIGGURAT_LAYERS);
  const width = new Float64Array(ZIGGURAT_LAYERS);
  const height = new Float64Array(ZIGGURAT_LAYERS);
  let edge = ZIGGURAT_R;
  let previousEdge = edge;
  // The base layer: a rectangle to R plus the tail, as wide as a rectangle of the same area would be.
  const baseWidth = AREA / detExp(-edge);
  kBound[0] = Math.floor((edge / baseWidth) * POSITION_SCALE);
  kBound[1] = 0;
  width[0] = baseWidth / POSITION_SCALE;
  width[ZIGGURAT_LAYERS - 1] = edge / POSITION_SCALE;
  height[0] = 1;
  height[ZIGGURAT_LAYERS - 1] = detExp(-edge);
  for (let i = ZIGGURAT_LAYERS - 2; i >= 1; i--) {
    edge = -detLog(AREA / edge + detExp(-edge));
    kBound[i + 1] = Math.floor((edge / previousEdge) * POSITION_SCALE);
    previousEdge = edge;
    height[i] = detExp(-edge);
    width[i] = edge / POSITION_SCALE;
  }
  return { kBound, width, height };
}

export const EXPONENTIAL_ZIGGURAT: ExponentialZiggurat = buildTables();
