// Run and Cancel, and the scale of the run (a small run is quick; the scenario's own scale is
// what the numbers are calibrated for).
const SCALE_CHOICES = [0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1];

interface Props {
  running: boolean;
  scale: number | undefined;
  onScaleChange: (scale: number | undefined) => void;
  onRun: () => void;
  onCancel: () => void;
}

export function RunControls({ running, scale, onScaleChange, onRun, onCancel }: Props) {
  const choices = scale === undefined || SCALE_CHOICES.includes(scale) ? SCALE_CHOICES : [scale, ...SCALE_CHOICES];
  return (
    <div className="controls">
      <label>
        Scale{' '}
        <select
          value={scale === undefined ? '' : String(scale)}
          disabled={running}
          onChange={(event) => onScaleChange(event.target.value === '' ? undefined : Number(event.target.value))}
        >
          <option value="">scenario's own</option>
          {choices.map((choice) => (
            <option key={choice} value={String(choice)}>
              {`${choice * 100}% of England and Wales`}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="primary" onClick={onRun} disabled={running}>
        Run
      </button>
      <button type="button" onClick={onCancel} disabled={!running}>
        Cancel
      </button>
    </div>
  );
}
