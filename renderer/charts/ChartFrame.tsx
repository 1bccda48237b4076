// The one frame every chart sits in: a title that states the finding in words, the chart, its
// provenance, and the same exports everywhere: CSV of the full data (provenance header, cells
// defused against formula injection), SVG and PNG of the drawing, and a data table for screen
// readers (also a plain way to read exact values). Exports go through the bridge: a save dialog
// in the desktop app, a download in the browser.
import { useId, useRef, useState, type ReactNode } from 'react';
import { useServices } from '../state/appContext';
import { chartCsv, fileStem, provenanceLine, type ChartData, type ChartProvenance } from './chartData';
import { findChartSvg, pngBase64, standaloneSvg } from './exportImage';
import { DataTable } from './DataTable';

interface Props {
  /** The finding in words ("Unified lowers the prison population by 3,300 (± 200) by 2023"). */
  title: string;
  /** A sentence under the title: what is drawn, and how uncertain it is. */
  subtitle?: string;
  data: ChartData;
  provenance: ChartProvenance;
  /** Base of the export file names; default from the title. */
  fileName?: string;
  children: ReactNode;
  testId?: string;
}

export function ChartFrame({ title, subtitle, data, provenance, fileName, children, testId }: Props) {
  const { bridge } = useServices();
  const titleId = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  const [showTable, setShowTable] = useState(false);
  const [message, setMessage] = useState('');
  const stem = fileName ?? fileStem(title);

  const save = async (suggestedName: string, contents: () => Promise<string> | string, encoding?: 'base64') => {
    try {
      const result = await bridge.saveTextFile({ suggestedName, contents: await contents(), encoding });
      setMessage(result.status === 'saved' ? `Saved ${suggestedName} to ${result.location}.` : '');
    } catch (error) {
      setMessage(`Could not save ${suggestedName}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const svgOf = () => {
    const svg = bodyRef.current && findChartSvg(bodyRef.current);
    if (!svg) throw new Error('the chart has not been drawn yet');
    return standaloneSvg(svg, title);
  };

  return (
    <figure className="chart" aria-labelledby={titleId} data-testid={testId}>
      <div className="chart-header">
        <div>
          <h3 id={titleId} className="chart-title" data-testid="chart-title">
            {title}
          </h3>
          {subtitle && <p className="chart-subtitle">{subtitle}</p>}
        </div>
        <div className="chart-actions" role="group" aria-label={`Export ${title}`}>
          <button type="button" onClick={() => void save(`${stem}.csv`, () => chartCsv(title, data, provenance))}>
            CSV
          </button>
          <button type="button" onClick={() => void save(`${stem}.svg`, () => svgOf().text)}>
            SVG
          </button>
          <button
            type="button"
            onClick={() =>
              void save(
                `${stem}.png`,
                () => {
                  const { text, width, height } = svgOf();
                  return pngBase64(text, width, height);
                },
                'base64',
              )
            }
          >
            PNG
          </button>
          <button type="button" aria-expanded={showTable} onClick={() => setShowTable((shown) => !shown)}>
            {showTable ? 'Hide table' : 'Data table'}
          </button>
        </div>
      </div>
      <div className="chart-body" ref={bodyRef} aria-hidden={showTable ? undefined : true}>
        {children}
      </div>
      {showTable ? (
        <DataTable caption={title} data={data} />
      ) : (
        // Screen readers get the numbers even with the table closed: a summary of its size and a way to open it.
        <p className="visually-hidden">
          Chart data: {data.rows.length} rows of {data.columns.map((c) => c.label).join(', ')}. Use the Data table button to read them.
        </p>
      )}
      <figcaption className="provenance">{provenanceLine(provenance)}</figcaption>
      {message && (
        <p role="status" className="save-message">
          {message}
        </p>
      )}
    </figure>
  );
}
