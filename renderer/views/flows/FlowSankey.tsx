// One side's Sankey: stages people leave on the left, stages they arrive in on the right (see
// lib/flowLayout.ts for why bipartite), nodes in the engine's stage order (sort off) so the two
// diagrams read alike. Nodes carry their name and count as text, and links take the colour of the
// stage they leave, so nothing depends on colour alone; each link's <title> gives its exact count.
import { ResponsiveContainer, Sankey, type SankeyLinkProps, type SankeyNodeProps } from 'recharts';
import { colourOf } from '../../charts/palette';
import type { BipartiteFlows, SankeyNodeDatum } from '../../lib/flowLayout';
import { countText } from '../../lib/flowCompare';
import { EXIT_STAGE, flowLabel, labelLines } from '../../lib/flowStages';

const LABEL_MARGIN = 140;
const HEIGHT = 500;

function stageColour(datum: SankeyNodeDatum): string {
  return datum.stage === EXIT_STAGE ? '#6f777b' : colourOf(datum.stageIndex);
}

function FlowNode({ x, y, width, height, payload }: SankeyNodeProps) {
  const datum = payload as unknown as SankeyNodeDatum & { value: number };
  const onLeft = datum.side === 'from';
  const textX = onLeft ? x - 6 : x + width + 6;
  const anchor = onLeft ? 'end' : 'start';
  const middle = y + height / 2;
  const count = countText(datum.value);
  const [first, rest] = labelLines(datum.name, count);
  return (
    <g>
      <rect x={x} y={y} width={width} height={Math.max(1, height)} fill={stageColour(datum)} />
      <text x={textX} y={middle - 2} textAnchor={anchor} fontSize={12} fill="#0b0c0c">
        {first}
      </text>
      <text x={textX} y={middle + 11} textAnchor={anchor} fontSize={11} fill="#505a5f">
        {rest && <tspan fill="#0b0c0c">{`${rest} `}</tspan>}
        {count}
      </text>
    </g>
  );
}

function FlowLink({ sourceX, sourceY, targetX, targetY, sourceControlX, targetControlX, linkWidth, payload }: SankeyLinkProps) {
  const source = payload.source as unknown as SankeyNodeDatum;
  const target = payload.target as unknown as SankeyNodeDatum;
  return (
    <path
      d={`M${sourceX},${sourceY}C${sourceControlX},${sourceY} ${targetControlX},${targetY} ${targetX},${targetY}`}
      fill="none"
      stroke={stageColour(source)}
      strokeWidth={Math.max(1, linkWidth)}
      strokeOpacity={0.38}
    >
      <title>{`${flowLabel(source.stage, target.stage)}: ${countText(payload.value)}`}</title>
    </path>
  );
}

export function FlowSankey({ layout, label }: { layout: BipartiteFlows; label: string }) {
  if (layout.links.length === 0) return <p className="flows-empty">No moves between stages in this period.</p>;
  // Recharts lays the data out in place: hand it copies, never the memoised layout.
  const data = { nodes: layout.nodes.map((n) => ({ ...n })), links: layout.links.map((l) => ({ ...l })) };
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <Sankey
        data={data}
        node={FlowNode}
        link={FlowLink}
        sort={false}
        nodePadding={26}
        nodeWidth={12}
        margin={{ top: 12, bottom: 12, left: LABEL_MARGIN, right: LABEL_MARGIN }}
        title={`Flows between stages under ${label}`}
      />
    </ResponsiveContainer>
  );
}
