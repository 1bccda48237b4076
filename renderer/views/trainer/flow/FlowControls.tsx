// The clock's controls: the simulated date, large; play/pause; steps of a day, a week and a month;
// the speed; and a date slider over the reported window with a tick for every dated change in the
// scenarios shown, and a button per change that jumps to the week before it (so a trainer can
// press play and let the room watch the change happen).
import type { ClockStep, ClockWindow } from '../../../lib/trainerClock';
import { dayOf, isoOf, longDateWithWeekday } from '../../../lib/trainerClock';
import type { TimelineMarker } from '../../../lib/trainerFlowModels';
import { TRAINER_SPEEDS } from '../../../state/trainerSlice';

const SPEED_LABELS: Record<number, string> = {
  7: '1 week a second',
  30: '1 month a second',
  91: '3 months a second',
  182: '6 months a second',
  365: '1 year a second',
};

const speedLabel = (days: number) => SPEED_LABELS[days] ?? `${days} days a second`;

interface FlowControlsProps {
  day: number;
  window: ClockWindow;
  playing: boolean;
  speed: number;
  markers: TimelineMarker[];
  onTogglePlay(): void;
  onStep(step: ClockStep): void;
  onSpeed(speed: number): void;
  onDate(day: number): void;
}

/** Where a day sits along the slider's track (the thumb's half-width kept clear at both ends). */
function trackPosition(day: number, window: ClockWindow): string {
  const f = (day - window.start) / Math.max(1, window.end - window.start);
  return `calc(9px + ${(f * 100).toFixed(3)}% - ${(f * 18).toFixed(2)}px)`;
}

function shortLabel(marker: TimelineMarker): string {
  const text = marker.labels[marker.labels.length - 1];
  const head = text.split(/[:;(]/)[0].trim();
  return head.length > 40 ? `${head.slice(0, 38)}…` : head;
}

function years(window: ClockWindow): number[] {
  const first = Number(isoOf(window.start).slice(0, 4));
  const last = Number(isoOf(window.end).slice(0, 4));
  const out: number[] = [];
  for (let y = first; y <= last; y++) if (dayOf(`${y}-01-01`) >= window.start) out.push(y);
  return out;
}

export function FlowControls(props: FlowControlsProps) {
  const { day, window, playing, speed, markers } = props;
  const iso = isoOf(day);
  return (
    <div className="flow-controls">
      <div className="flow-clock">
        <div className="flow-date" data-testid="flow-date" data-date={iso}>
          {iso}
        </div>
        <div className="flow-date-long">{longDateWithWeekday(day)}</div>
      </div>
      <div className="flow-buttons" role="group" aria-label="Play and step the clock">
        <button type="button" className="flow-play" data-testid="flow-play" aria-pressed={playing} onClick={props.onTogglePlay}>
          {playing ? '❚❚ Pause' : '▶ Play'}
        </button>
        <button type="button" data-testid="flow-step-day" onClick={() => props.onStep('day')}>
          +1 day
        </button>
        <button type="button" data-testid="flow-step-week" onClick={() => props.onStep('week')}>
          +1 week
        </button>
        <button type="button" data-testid="flow-step-month" onClick={() => props.onStep('month')}>
          +1 month
        </button>
        <label className="flow-speed">
          Speed
          <select data-testid="flow-speed" value={speed} onChange={(e) => props.onSpeed(Number(e.target.value))}>
            {TRAINER_SPEEDS.map((s) => (
              <option key={s} value={s}>
                {speedLabel(s)}
              </option>
            ))}
            {!TRAINER_SPEEDS.includes(speed as (typeof TRAINER_SPEEDS)[number]) && <option value={speed}>{speedLabel(speed)}</option>}
          </select>
        </label>
      </div>
      <div className="flow-slider">
        <input
          type="range"
          data-testid="flow-slider"
          aria-label="Simulated date"
          aria-valuetext={`${iso}, ${longDateWithWeekday(day)}`}
          min={window.start}
          max={window.end}
          step={1}
          value={day}
          onChange={(e) => props.onDate(Number(e.target.value))}
        />
        <div className="flow-ticks" aria-hidden="true">
          {markers.map((m) => (
            <span key={m.date} className={m.modelChange ? 'flow-tick flow-tick-model' : 'flow-tick'} style={{ left: trackPosition(m.day, window) }} title={`${m.date}: ${m.labels.join('; ')}`} />
          ))}
          {years(window).map((y) => (
            <span key={y} className="flow-year" style={{ left: trackPosition(dayOf(`${y}-01-01`), window) }}>
              {y}
            </span>
          ))}
        </div>
      </div>
      {markers.length > 0 && (
        <div className="flow-markers" role="group" aria-label="Dated changes in the scenarios">
          {markers.map((m) => (
            <button
              key={m.date}
              type="button"
              className={m.modelChange ? 'flow-marker flow-marker-model' : 'flow-marker'}
              title={`${m.date}: ${m.labels.join('; ')} (${m.sides.join(' and ')})`}
              aria-label={`Go to the week before ${m.date}: ${m.labels.join('; ')}`}
              onClick={() => props.onDate(Math.max(window.start, m.day - 7))}
            >
              <span className="flow-marker-date">{m.date}</span> {shortLabel(m)}
              {m.sides.length === 1 && <span className="flow-marker-side"> ({m.sides[0]})</span>}
            </button>
          ))}
        </div>
      )}
      <p className="flow-keys">
        Keys, while the flow has focus: <kbd>Space</kbd> play or pause · <kbd>→</kbd> a day · <kbd>Shift</kbd>+<kbd>→</kbd> a week · <kbd>Ctrl</kbd>/<kbd>⌘</kbd>+<kbd>→</kbd> a month · <kbd>←</kbd> back ·
        in a panel, <kbd>↑</kbd>/<kbd>↓</kbd> pick a person, <kbd>Enter</kbd> follows them
      </p>
    </div>
  );
}
