// A category-axis label on one line, right-aligned against the axis: Recharts wraps long labels
// (CRC names, assumption labels) into broken fragments. A label longer than the axis has room for
// is shortened with an ellipsis; the full text stays in a tooltip (<title>), the chart's data
// table and its CSV.
interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

const TICK_MAX_CHARS = 46;

export function shortLabel(text: string, max = TICK_MAX_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function SingleLineTick({ x, y, payload }: TickProps) {
  const text = String(payload?.value ?? '');
  return (
    <text x={Number(x)} y={Number(y)} dy={4} textAnchor="end" fontSize={12} fill="#0b0c0c">
      <title>{text}</title>
      {shortLabel(text)}
    </text>
  );
}
