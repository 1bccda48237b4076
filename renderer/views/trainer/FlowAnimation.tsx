// "The system flowing": the sampled people of the two trainer runs move through the pathway as the
// simulated clock plays, side by side under two scenarios on the same seed (the same serial is the
// same person), so a room can watch the same people take different routes, and see the routes
// redrawn when the operating model changes. The runs are started from TrainerRunBar, never here.
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useAppState, useServices } from '../../state/appContext';
import { followPerson, setClockDate, setPlaying, setSpeed, setTrainerMode, type TrainerSide } from '../../state/trainerSlice';
import { bannerDaysFor, clampDay, clockWindow, dayOf, holdDaysFor, isoOf, stepDay, type ClockStep } from '../../lib/trainerClock';
import { timelineMarkers } from '../../lib/trainerFlowModels';
import { useFlowSide } from './flow/flowSide';
import { useFlowPlayback } from './flow/useFlowPlayback';
import { FlowControls } from './flow/FlowControls';
import { FlowPanel } from './flow/FlowPanel';
import { FlowLegend } from './flow/FlowLegend';
import './flow/flow.css';

export function FlowAnimation() {
  const left = useAppState((s) => s.trainer.left);
  if (!left.view) return <NoRunYet side={left} />;
  return <FlowPlayer />;
}

function NoRunYet({ side }: { side: TrainerSide }) {
  return (
    <div className="flow-empty" data-testid="flow-empty">
      <p>
        {side.status === 'running'
          ? 'The scenarios are running; the people will appear in a moment.'
          : 'Nothing to show yet. Press Start above: both scenarios run at a small scale on the same seed (under a second), and 600 people from each are followed through the system.'}
      </p>
      <p className="flow-hint">Then press Play, or step a day, a week or a month at a time, and watch where the same people go under each scenario.</p>
    </div>
  );
}

/** Keys the flow takes while it has focus; form fields keep their own keys. */
function keyAction(e: KeyboardEvent): { play: true } | { step: ClockStep; direction: 1 | -1 } | null {
  const tag = (e.target as HTMLElement).tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return null;
  if (e.key === ' ' && tag !== 'BUTTON') return { play: true };
  if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return null;
  const direction = e.key === 'ArrowRight' ? 1 : -1;
  return { step: e.ctrlKey || e.metaKey ? 'month' : e.shiftKey ? 'week' : 'day', direction };
}

function FlowPlayer() {
  const { store } = useServices();
  const trainer = useAppState((s) => s.trainer);
  const { clock } = trainer;
  const hold = holdDaysFor(clock.speed);
  const leftData = useFlowSide('left', trainer.left, hold);
  const rightData = useFlowSide('right', trainer.right, hold);
  const weeks = trainer.left.view!.weeks;
  const window = useMemo(() => clockWindow(weeks), [weeks]);
  const [highlight, setHighlight] = useState<number | null>(null);
  useFlowPlayback(store, window, clock.playing, clock.speed);
  const markers = useMemo(() => {
    if (!window) return [];
    const sides = [leftData, rightData].filter((d) => d !== null).map((d) => ({ side: d!.scenarioName, timeline: d!.timeline }));
    return timelineMarkers(sides, window);
  }, [leftData, rightData, window]);
  if (!window || !leftData) return <p className="flow-empty">The run reported no weeks: there is nothing to animate.</p>;

  const day = clampDay(dayOf(clock.date), window);
  const setDay = (next: number) => store.update(setClockDate(isoOf(clampDay(next, window))));
  const togglePlay = () => {
    if (clock.playing) return store.update(setPlaying(false));
    store.update((d) => {
      if (day >= window.end) setClockDate(isoOf(window.start))(d); // play again from the start
      setPlaying(true)(d);
    });
  };
  const step = (s: ClockStep, direction: 1 | -1 = 1) => setDay(stepDay(day, s, window, direction));
  const onKeyDown = (e: KeyboardEvent) => {
    const action = keyAction(e);
    if (!action) return;
    e.preventDefault();
    if ('play' in action) togglePlay();
    else step(action.step, action.direction);
  };
  const follow = (serial: number) => store.update(followPerson(serial));
  const bannerDays = bannerDaysFor(clock.speed);
  const panelProps = { day, bannerDays, highlight, followed: trainer.person.serial, onHover: setHighlight, onFollow: follow };

  return (
    <div
      className="flow"
      tabIndex={0}
      role="region"
      aria-label="The system flowing. Space plays or pauses; Right arrow steps a day, with Shift a week, with Ctrl or Cmd a month; Left arrow steps back."
      onKeyDown={onKeyDown}
      data-testid="flow"
    >
      <FlowControls
        day={day}
        window={window}
        playing={clock.playing}
        speed={clock.speed}
        markers={markers}
        onTogglePlay={togglePlay}
        onStep={(s) => step(s)}
        onSpeed={(s) => store.update(setSpeed(s))}
        onDate={setDay}
      />
      <div className="flow-legend-row">
        <FlowLegend />
        {trainer.person.serial !== null && (
          <p className="flow-followed" data-testid="flow-followed">
            Following person {trainer.person.serial}.{' '}
            <button type="button" onClick={() => store.update(setTrainerMode('person'))}>
              Read their journey
            </button>
          </p>
        )}
      </div>
      <div className={rightData ? 'flow-panels flow-panels-two' : 'flow-panels'}>
        <FlowPanel data={leftData} {...panelProps} />
        {rightData ? (
          <FlowPanel data={rightData} {...panelProps} />
        ) : (
          trainer.right && <p className="flow-panel flow-empty">{trainer.right.scenarioName}: {trainer.right.status === 'running' ? 'running…' : trainer.right.message ?? 'not run yet'}</p>
        )}
      </div>
    </div>
  );
}
