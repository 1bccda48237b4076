// The flows too small to draw, listed under their diagram with their total, so that leaving
// them out of the picture never hides them.
import type { BipartiteFlows } from '../../lib/flowLayout';
import { countText, relativeText } from '../../lib/flowCompare';
import { flowLabel } from '../../lib/flowStages';

export function SmallFlows({ layout, label }: { layout: BipartiteFlows; label: string }) {
  if (layout.dropped.length === 0) return null;
  const share = layout.total > 0 ? layout.droppedTotal / layout.total : 0;
  return (
    <details className="flows-small">
      <summary>
        {layout.dropped.length} small flow{layout.dropped.length === 1 ? '' : 's'} of {label} not drawn: {countText(layout.droppedTotal)} people,{' '}
        {relativeText(share)} of moves
      </summary>
      <ul>
        {layout.dropped.map((cell) => (
          <li key={`${cell.from}>${cell.to}`}>
            {flowLabel(cell.from, cell.to)}: {countText(cell.count)}
          </li>
        ))}
      </ul>
    </details>
  );
}
