// The one frame every chart sits in: a title that states the finding in words, the chart, a
// footer (provenance), and a CSV download of the full data behind the chart through the bridge.
import { useId, useState, type ReactNode } from 'react';
import type { Bridge } from '../bridge/bridge';

interface Props {
  title: string;
  bridge: Bridge;
  csv: { fileName: string; contents: () => string };
  children: ReactNode;
  footer?: ReactNode;
}

export function ChartContainer({ title, bridge, csv, children, footer }: Props) {
  const titleId = useId();
  const [saveMessage, setSaveMessage] = useState('');

  const saveCsv = async () => {
    try {
      const result = await bridge.saveTextFile({ suggestedName: csv.fileName, contents: csv.contents() });
      setSaveMessage(result.status === 'saved' ? `Saved ${csv.fileName} to ${result.location}.` : '');
    } catch (error) {
      setSaveMessage(`Could not save: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <figure className="chart" aria-labelledby={titleId}>
      <div className="chart-header">
        <h2 id={titleId} data-testid="chart-title">
          {title}
        </h2>
        <button type="button" onClick={() => void saveCsv()}>
          Download CSV
        </button>
      </div>
      <div className="chart-body">{children}</div>
      {footer && <figcaption>{footer}</figcaption>}
      {saveMessage && <p role="status">{saveMessage}</p>}
    </figure>
  );
}
