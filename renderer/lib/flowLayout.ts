// A matrix of moves between stages turned into something a Sankey can draw. Moves form cycles
// (liberty → custody → licence → recall → licence …, and a new order while serving one is a move
// from a stage to itself), and a Sankey cannot draw a cycle. So the layout is bipartite: every
// stage people leave is a node on the left, every stage they arrive in a node on the right, and
// each move is one link across; a self-move is then an ordinary link ("Community order" on the
// left to "Community order" on the right). Tiny flows would be hairlines that clutter the drawing:
// those below a share of all moves are left out and listed, with their total, beside the chart.
// Invariants: nodes keep the engine's stage order on both sides (two diagrams read alike); kept
// plus dropped equals every non-zero cell; the layout never changes a count.

export interface FlowCell {
  from: string;
  to: string;
  count: number;
}

export interface SankeyNodeDatum {
  name: string;
  stage: string;
  side: 'from' | 'to';
  /** Index of the stage in the engine's list: its colour, the same on both sides and both diagrams. */
  stageIndex: number;
}

export interface SankeyLinkDatum {
  source: number;
  target: number;
  value: number;
  from: string;
  to: string;
}

export interface BipartiteFlows {
  nodes: SankeyNodeDatum[];
  links: SankeyLinkDatum[];
  /** Every move in the period. */
  total: number;
  /** Moves below `minCount`, largest first, and their sum. */
  dropped: FlowCell[];
  droppedTotal: number;
  /** The smallest move drawn: `minShare` of the total. */
  minCount: number;
}

/** Every non-zero cell of the matrix, in stage order (from, then to). */
export function flowCells(stages: readonly string[], matrix: readonly (readonly number[])[]): FlowCell[] {
  const cells: FlowCell[] = [];
  stages.forEach((from, f) =>
    stages.forEach((to, t) => {
      const count = matrix[f]?.[t] ?? 0;
      if (count > 0) cells.push({ from, to, count });
    }),
  );
  return cells;
}

export function bipartiteFlows(
  stages: readonly string[],
  matrix: readonly (readonly number[])[],
  minShare: number,
  labelOf: (stage: string) => string,
): BipartiteFlows {
  const cells = flowCells(stages, matrix);
  const total = cells.reduce((sum, c) => sum + c.count, 0);
  const minCount = total * minShare;
  const kept = cells.filter((c) => c.count >= minCount);
  const dropped = cells.filter((c) => c.count < minCount).sort((a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));

  const nodes: SankeyNodeDatum[] = [];
  const indexOf = new Map<string, number>();
  const addNodes = (side: 'from' | 'to') =>
    stages.forEach((stage, stageIndex) => {
      if (!kept.some((c) => (side === 'from' ? c.from : c.to) === stage)) return;
      indexOf.set(`${side}:${stage}`, nodes.length);
      nodes.push({ name: labelOf(stage), stage, side, stageIndex });
    });
  addNodes('from');
  addNodes('to');

  const links = kept.map((c) => ({
    source: indexOf.get(`from:${c.from}`) as number,
    target: indexOf.get(`to:${c.to}`) as number,
    value: c.count,
    from: c.from,
    to: c.to,
  }));
  return { nodes, links, total, dropped, droppedTotal: dropped.reduce((sum, c) => sum + c.count, 0), minCount };
}
