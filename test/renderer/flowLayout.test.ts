// The bipartite Sankey layout: cycles and self-moves become drawable, nodes keep stage order,
// small flows are dropped and counted, and no count is changed.
import { describe, expect, it } from 'vitest';
import { bipartiteFlows, flowCells } from '../../renderer/lib/flowLayout';
import { labelLines, stageLabel } from '../../renderer/lib/flowStages';

const stages = ['atLiberty', 'communityOrder', 'custody', 'licence', 'recall', 'newEntrant', 'desisted'];
// from (row) → to (column), a cycle liberty → custody → licence → recall → licence and a self-move.
const matrix = [
  [0, 500, 300, 0, 0, 0, 200],
  [400, 50, 1, 0, 0, 0, 0],
  [0, 0, 0, 280, 0, 0, 0],
  [100, 0, 0, 0, 90, 0, 0],
  [0, 0, 0, 85, 0, 0, 0],
  [1000, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0],
];

describe('flowCells', () => {
  it('lists every non-zero cell in stage order', () => {
    const cells = flowCells(stages, matrix);
    expect(cells[0]).toEqual({ from: 'atLiberty', to: 'communityOrder', count: 500 });
    expect(cells.map((c) => c.count).reduce((a, b) => a + b, 0)).toBe(3006);
    expect(cells.some((c) => c.count === 0)).toBe(false);
  });
});

describe('bipartiteFlows', () => {
  const layout = bipartiteFlows(stages, matrix, 0.005, stageLabel);

  it('puts leaving stages on the left and arriving stages on the right, so links only go left to right', () => {
    for (const link of layout.links) {
      expect(layout.nodes[link.source].side).toBe('from');
      expect(layout.nodes[link.target].side).toBe('to');
    }
    const fromCount = layout.nodes.filter((n) => n.side === 'from').length;
    expect(layout.nodes.slice(0, fromCount).every((n) => n.side === 'from')).toBe(true);
  });

  it('draws a move from a stage to itself as a link between its two nodes', () => {
    const self = layout.links.find((l) => l.from === 'communityOrder' && l.to === 'communityOrder');
    expect(self?.value).toBe(50);
    expect(self && layout.nodes[self.source].name).toBe('Community order');
    expect(self && layout.nodes[self.target].name).toBe('Community order');
  });

  it('keeps stage order on both sides and only stages with a drawn flow', () => {
    expect(layout.nodes.filter((n) => n.side === 'from').map((n) => n.stage)).toEqual(['atLiberty', 'communityOrder', 'custody', 'licence', 'recall', 'newEntrant']);
    expect(layout.nodes.filter((n) => n.side === 'to').map((n) => n.stage)).toEqual(['atLiberty', 'communityOrder', 'custody', 'licence', 'recall', 'desisted']);
    expect(layout.nodes.find((n) => n.stage === 'desisted')?.name).toBe('Left the model (desisted)');
  });

  it('drops flows below the share and states their total; kept plus dropped is everything', () => {
    expect(layout.total).toBe(3006);
    expect(layout.minCount).toBeCloseTo(15.03);
    expect(layout.dropped).toEqual([{ from: 'communityOrder', to: 'custody', count: 1 }]);
    expect(layout.droppedTotal).toBe(1);
    const kept = layout.links.reduce((sum, l) => sum + l.value, 0);
    expect(kept + layout.droppedTotal).toBe(layout.total);
  });

  it('draws everything with a zero share, and nothing of an empty matrix', () => {
    expect(bipartiteFlows(stages, matrix, 0, stageLabel).dropped).toEqual([]);
    const empty = bipartiteFlows(stages, stages.map(() => stages.map(() => 0)), 0.005, stageLabel);
    expect(empty).toMatchObject({ nodes: [], links: [], total: 0, droppedTotal: 0 });
  });
});

describe('labelLines', () => {
  it('keeps short names on one line and splits long ones where the longer line is shortest', () => {
    expect(labelLines('Custody', '65,350')).toEqual(['Custody', '']);
    expect(labelLines('Suspended sentence order', '416,950')).toEqual(['Suspended sentence', 'order']);
    expect(labelLines('Left the model (desisted)', '1,839,150')).toEqual(['Left the model', '(desisted)']);
    expect(labelLines('Post-sentence supervision', '46,000')).toEqual(['Post-sentence', 'supervision']);
  });
});
