// A chart's data as a table, for screen readers and for reading exact values. Long tables render
// a page at a time: ten years of weekly rows for several scenarios is thousands of cells.
import { useState } from 'react';
import type { ChartCell, ChartData } from './chartData';

const PAGE = 100;

function formatCell(value: ChartCell | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '';
  return Math.abs(value) >= 100 ? Math.round(value).toLocaleString('en-GB') : value.toLocaleString('en-GB', { maximumSignificantDigits: 4 });
}

export function DataTable({ caption, data }: { caption: string; data: ChartData }) {
  const [shown, setShown] = useState(PAGE);
  const rows = data.rows.slice(0, shown);
  return (
    <div className="data-table">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {data.columns.map((c) => (
              <th key={c.key} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {data.columns.map((c, j) =>
                j === 0 ? (
                  <th key={c.key} scope="row">
                    {formatCell(row[c.key])}
                  </th>
                ) : (
                  <td key={c.key}>{formatCell(row[c.key])}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {shown < data.rows.length && (
        <button type="button" onClick={() => setShown((n) => n + PAGE * 5)}>
          Show more rows ({data.rows.length - shown} left)
        </button>
      )}
    </div>
  );
}
