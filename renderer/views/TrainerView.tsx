// Trainer mode: the system flowing in front of a room. Three parts share one pair of runs (two
// scenarios on the same seed, small enough to start in under a second): the animated flow, one
// person's journey, and guided stories with a presenter mode.
import { useEffect } from 'react';
import { useServices, useAppState } from '../state/appContext';
import { setTrainerMode, type TrainerMode } from '../state/trainerSlice';
import { FlowAnimation } from './trainer/FlowAnimation';
import { FollowPerson } from './trainer/FollowPerson';
import { Stories } from './trainer/Stories';
import { TrainerRunBar } from './trainer/TrainerRunBar';
import { prepareTrainerWorkers } from './trainer/trainerRuns';
import './trainer/trainer.css';

const MODES: { mode: TrainerMode; label: string }[] = [
  { mode: 'flow', label: 'The system flowing' },
  { mode: 'person', label: 'Follow one person' },
  { mode: 'stories', label: 'Guided stories' },
];

export function TrainerView() {
  const { store } = useServices();
  const mode = useAppState((s) => s.trainer.mode);
  useEffect(prepareTrainerWorkers, []);
  return (
    <section aria-label="Trainer mode" className="trainer">
      <h2>Trainer mode</h2>
      <div className="trainer-modes" role="group" aria-label="Trainer views">
        {MODES.map((m) => (
          <button key={m.mode} type="button" aria-pressed={mode === m.mode} data-testid={`trainer-mode-${m.mode}`} onClick={() => store.update(setTrainerMode(m.mode))}>
            {m.label}
          </button>
        ))}
      </div>
      <TrainerRunBar />
      {mode === 'flow' && <FlowAnimation />}
      {mode === 'person' && <FollowPerson />}
      {mode === 'stories' && <Stories />}
    </section>
  );
}
