// The largest differences between the two sides, as a table: the numbers behind the right
// diagram's title, and the quickest way to see what changed without comparing link widths.
import { countText, differenceText, type FlowDifference } from '../../lib/flowCompare';
import { stageLabel } from '../../lib/flowStages';

interface Props {
  caption: string;
  leftLabel: string;
  rightLabel: string;
  rows: FlowDifference[];
}

export function FlowsDiffTable({ caption, leftLabel, rightLabel, rows }: Props) {
  return (
    <div className="flows-diff">
      <table className="kpi-table" data-testid="flows-diff-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">{leftLabel}</th>
            <th scope="col">{rightLabel}</th>
            <th scope="col">Difference</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.from}>${row.to}`}>
              <th scope="row">{stageLabel(row.from)}</th>
              <td className="flows-stage">{stageLabel(row.to)}</td>
              <td>{countText(row.left)}</td>
              <td>{countText(row.right)}</td>
              <td>{differenceText(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
