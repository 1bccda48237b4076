// The pathway's fixed drawing: every stage has a box inside the picture and no two overlap;
// allocation shows one box per organisation of the model in force; dots stay inside their box.
import { describe, expect, it } from 'vitest';
import { FLOW_STAGES } from '../../renderer/lib/trainerFlowStages';
import { STAGE_BOXES, VIEW_HEIGHT, VIEW_WIDTH, allocationBoxes, dotPosition, dotRegion, routesFor, spotOf, type Box } from '../../renderer/lib/trainerFlowLayout';

const inside = (inner: Box, outer: Box) => inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('STAGE_BOXES', () => {
  it('fit in the picture without overlapping', () => {
    const view = { x: 0, y: 0, w: VIEW_WIDTH, h: VIEW_HEIGHT };
    for (const s of FLOW_STAGES) expect(inside(STAGE_BOXES[s], view)).toBe(true);
    for (const a of FLOW_STAGES) for (const b of FLOW_STAGES) if (a < b) expect(overlap(STAGE_BOXES[a], STAGE_BOXES[b]), `${a} / ${b}`).toBe(false);
  });
});

describe('allocationBoxes', () => {
  it('draws the organisations of the model in force inside allocation', () => {
    expect(allocationBoxes('trusts').map((b) => b.provider)).toEqual(['trust']);
    expect(allocationBoxes('tr').map((b) => b.provider)).toEqual(['nps', 'crc']);
    expect(allocationBoxes('unified').map((b) => b.provider)).toEqual(['nps']);
    const [nps, crc] = allocationBoxes('tr');
    expect(inside(nps.box, STAGE_BOXES.allocation) && inside(crc.box, STAGE_BOXES.allocation)).toBe(true);
    expect(overlap(nps.box, crc.box)).toBe(false);
  });
  it('draws one route to community and one to custody from each organisation', () => {
    const keys = (m: 'trusts' | 'tr' | 'unified') => routesFor(m).map((r) => r.key).filter((k) => /-(community|custody)$/.test(k) && !k.startsWith('allocation'));
    expect(keys('trusts')).toEqual(['trust-community', 'trust-custody']);
    expect(keys('tr')).toEqual(['nps-community', 'nps-custody', 'crc-community', 'crc-custody']);
    expect(keys('unified')).toEqual(['nps-community', 'nps-custody']);
    for (const r of routesFor('tr')) expect(r.d).toMatch(/^M[\d.]+,[\d.]+ C/);
  });
});

describe('dots', () => {
  it('sit inside their stage box (or their organisation box in allocation) for any serial', () => {
    for (let serial = 12379; serial < 12379 + 31 * 200; serial += 31) {
      const spot = spotOf(serial);
      for (const stage of FLOW_STAGES) {
        const p = dotPosition(dotRegion(stage, 'crc', 'tr', true), spot);
        const box = stage === 'allocation' ? allocationBoxes('tr')[1].box : STAGE_BOXES[stage];
        expect(inside({ x: p.x, y: p.y, w: 0, h: 0 }, box), `${stage} ${serial}`).toBe(true);
      }
    }
  });
  it('spread evenly spaced serials over the box (no stripes from a plain modulus)', () => {
    const spots = Array.from({ length: 400 }, (_, i) => spotOf(12379 + 31 * i));
    const quarters = [0, 0, 0, 0];
    for (const { u } of spots) quarters[Math.floor(u * 4)]++;
    for (const q of quarters) expect(q).toBeGreaterThan(60);
    // Across as well as down: each quarter of the box (u and v halves) gets its share, so v is not a copy of u.
    const cells = [0, 0, 0, 0];
    for (const { u, v } of spots) cells[Math.floor(u * 2) * 2 + Math.floor(v * 2)]++;
    for (const c of cells) expect(c).toBeGreaterThan(60);
    expect(new Set(spots.map(({ u, v }) => `${u},${v}`)).size, 'no two people share a spot').toBe(spots.length);
  });
  it('put a provider the model does not have (a case moving between models) in the last organisation box', () => {
    const region = dotRegion('allocation', 'trust', 'tr', false);
    expect(inside(region, allocationBoxes('tr')[1].box)).toBe(true);
  });
});
