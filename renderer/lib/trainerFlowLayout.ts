// The fixed drawing of the pathway, in the SVG's own units (the SVG scales it to the panel's
// width): a box per stage, laid out in the order a trainer tells the story — offence, court,
// allocation, then the sentence (community, custody → resettlement → licence → post-sentence
// supervision), with breach and recall beside them, liberty and reoffending coming back round,
// and the people who left the model along the bottom. Allocation is split into one box per
// organisation that exists under the model in force, and the arrows out of it start from those
// boxes, so a change of model visibly redraws the routes. Dots sit at a spot inside their box
// fixed by their serial, so a person only moves when they change stage.
import type { FlowStage } from './trainerFlowStages';
import type { OperatingModel } from '../engine';
import { MODEL_PROVIDERS, type ModelProvider } from './trainerFlowModels';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const VIEW_WIDTH = 660;
export const VIEW_HEIGHT = 420;

export const STAGE_BOXES: Record<FlowStage, Box> = {
  offence: { x: 8, y: 8, w: 88, h: 84 },
  court: { x: 104, y: 8, w: 104, h: 84 },
  allocation: { x: 216, y: 8, w: 110, h: 186 },
  community: { x: 346, y: 8, w: 158, h: 84 },
  breach: { x: 512, y: 8, w: 140, h: 84 },
  reoffending: { x: 8, y: 102, w: 88, h: 92 },
  backToCourt: { x: 104, y: 102, w: 104, h: 92 },
  custody: { x: 346, y: 102, w: 92, h: 92 },
  resettlement: { x: 446, y: 102, w: 98, h: 92 },
  licence: { x: 552, y: 102, w: 100, h: 92 },
  atLiberty: { x: 8, y: 206, w: 318, h: 88 },
  recall: { x: 346, y: 206, w: 198, h: 88 },
  pss: { x: 552, y: 206, w: 100, h: 88 },
  left: { x: 8, y: 306, w: 644, h: 106 },
};

/** Room for the title and note lines at the top of a box, and the national line at the bottom. */
const HEAD = 32;
const FOOT = 14;
const PAD = 6;
const SUB_HEAD = 34;
const SUB_GAP = 4;

export interface ProviderBox extends ModelProvider {
  box: Box;
}

/** The organisations of the model in force, stacked inside the allocation box. */
export function allocationBoxes(model: OperatingModel): ProviderBox[] {
  const outer = STAGE_BOXES.allocation;
  const providers = MODEL_PROVIDERS[model];
  const top = outer.y + 24;
  const each = (outer.y + outer.h - PAD - top - SUB_GAP * (providers.length - 1)) / providers.length;
  return providers.map((p, i) => ({ ...p, box: { x: outer.x + PAD, y: top + i * (each + SUB_GAP), w: outer.w - 2 * PAD, h: each } }));
}

/** Where dots of a stage (and, in allocation, of a provider) may sit. */
export function dotRegion(stage: FlowStage, provider: string, model: OperatingModel, hasNational: boolean): Box {
  if (stage === 'allocation') {
    const boxes = allocationBoxes(model);
    const sub = (boxes.find((b) => b.provider === provider) ?? boxes[boxes.length - 1]).box;
    return { x: sub.x + PAD, y: sub.y + SUB_HEAD, w: sub.w - 2 * PAD, h: Math.max(4, sub.h - SUB_HEAD - PAD) };
  }
  const b = STAGE_BOXES[stage];
  const foot = hasNational ? FOOT : PAD;
  return { x: b.x + PAD, y: b.y + HEAD, w: b.w - 2 * PAD, h: b.h - HEAD - foot };
}

/** Two numbers in [0, 1) fixed by a serial (an integer hash: serials are evenly spaced, so no plain modulus). */
export function spotOf(serial: number): { u: number; v: number } {
  let h = Math.imul(serial ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  const u = (h & 0xffff) / 0x10000;
  const v = ((h >>> 16) & 0xffff) / 0x10000;
  return { u, v };
}

export function dotPosition(region: Box, spot: { u: number; v: number }): { x: number; y: number } {
  return { x: region.x + spot.u * region.w, y: region.y + spot.v * region.h };
}

type Side = 'l' | 'r' | 't' | 'b';
interface Anchor {
  box: Box;
  side: Side;
  at: number;
}

function anchorPoint({ box, side, at }: Anchor): { x: number; y: number; dx: number; dy: number } {
  if (side === 'l') return { x: box.x, y: box.y + at * box.h, dx: -1, dy: 0 };
  if (side === 'r') return { x: box.x + box.w, y: box.y + at * box.h, dx: 1, dy: 0 };
  if (side === 't') return { x: box.x + at * box.w, y: box.y, dx: 0, dy: -1 };
  return { x: box.x + at * box.w, y: box.y + box.h, dx: 0, dy: 1 };
}

/** A smooth curve leaving one box side and entering another, as an SVG path. */
function curve(from: Anchor, to: Anchor): string {
  const a = anchorPoint(from);
  const b = anchorPoint(to);
  const k = Math.min(36, Math.hypot(b.x - a.x, b.y - a.y) / 2);
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M${r(a.x)},${r(a.y)} C${r(a.x + a.dx * k)},${r(a.y + a.dy * k)} ${r(b.x + b.dx * k)},${r(b.y + b.dy * k)} ${r(b.x)},${r(b.y)}`;
}

export interface Route {
  key: string;
  d: string;
  /** The provider whose box it leaves (allocation's routes), for its colour. */
  provider?: string;
}

const S = STAGE_BOXES;
const FIXED_ROUTES: [string, Anchor, Anchor][] = [
  ['offence-court', { box: S.offence, side: 'r', at: 0.5 }, { box: S.court, side: 'l', at: 0.5 }],
  ['court-allocation', { box: S.court, side: 'r', at: 0.5 }, { box: S.allocation, side: 'l', at: 0.22 }],
  ['backToCourt-allocation', { box: S.backToCourt, side: 'r', at: 0.5 }, { box: S.allocation, side: 'l', at: 0.75 }],
  ['reoffending-backToCourt', { box: S.reoffending, side: 'r', at: 0.5 }, { box: S.backToCourt, side: 'l', at: 0.5 }],
  ['atLiberty-reoffending', { box: S.atLiberty, side: 't', at: 0.13 }, { box: S.reoffending, side: 'b', at: 0.5 }],
  ['custody-resettlement', { box: S.custody, side: 'r', at: 0.5 }, { box: S.resettlement, side: 'l', at: 0.5 }],
  ['resettlement-licence', { box: S.resettlement, side: 'r', at: 0.5 }, { box: S.licence, side: 'l', at: 0.5 }],
  ['licence-pss', { box: S.licence, side: 'b', at: 0.5 }, { box: S.pss, side: 't', at: 0.5 }],
  ['community-breach', { box: S.community, side: 'r', at: 0.5 }, { box: S.breach, side: 'l', at: 0.5 }],
  ['licence-breach', { box: S.licence, side: 't', at: 0.5 }, { box: S.breach, side: 'b', at: 0.7 }],
  ['pss-recall', { box: S.pss, side: 'l', at: 0.55 }, { box: S.recall, side: 'r', at: 0.55 }],
  ['atLiberty-left', { box: S.atLiberty, side: 'b', at: 0.5 }, { box: S.left, side: 't', at: 0.25 }],
];

/** The arrows of the pathway under a model: fixed ones plus one pair per organisation in allocation. */
export function routesFor(model: OperatingModel): Route[] {
  const routes: Route[] = FIXED_ROUTES.map(([key, from, to]) => ({ key, d: curve(from, to) }));
  const subs = allocationBoxes(model);
  subs.forEach((sub, i) => {
    // Spread the arrowheads when there are two organisations, so both routes can be told apart.
    const spread = subs.length === 1 ? 0 : i === 0 ? -0.15 : 0.15;
    routes.push({ key: `${sub.provider}-community`, provider: sub.provider, d: curve({ box: sub.box, side: 'r', at: 0.35 }, { box: S.community, side: 'l', at: 0.55 + spread }) });
    routes.push({ key: `${sub.provider}-custody`, provider: sub.provider, d: curve({ box: sub.box, side: 'r', at: 0.65 }, { box: S.custody, side: 'l', at: 0.5 + spread }) });
  });
  return routes;
}
