// The Follow-one-person view from its inputs alone (the two sides, the person slice and two
// callbacks), so that it renders the same in the app and in a markup test. Until the left run has
// finished it explains and points at the Start button above; it never starts a run itself.
import type { PersonFilters, TrainerSide, TrainerState } from '../../../state/trainerSlice';
import { scenarioLabel } from '../../../lib/trainerPersonWords';
import { PersonPicker } from './PersonPicker';
import { PersonJourney } from './PersonJourney';
import './person.css';

interface Props {
  left: TrainerSide;
  right: TrainerSide | null;
  person: TrainerState['person'];
  onChoose: (serial: number | null) => void;
  onFilter: (key: keyof PersonFilters, value: string) => void;
}

function NoRunYet({ left, right }: { left: TrainerSide; right: TrainerSide | null }) {
  const names = [left, right].filter((s): s is TrainerSide => s !== null).map((s) => scenarioLabel(s.scenarioName));
  if (left.status === 'running') {
    return <p className="person-empty">Running {names.join(' and ')}: the people appear here when the run finishes (under a second).</p>;
  }
  return (
    <div className="person-empty">
      {left.status === 'failed' && <p role="alert">The run of {names[0]} failed: {left.message}</p>}
      <p>
        No run has finished yet. Press <strong>Start</strong> above to run {names.join(' and ')} at a small scale on the same seed (under a second): the same people enter
        {names.length > 1 ? ' both' : ''}, and you can then pick one and follow their journey{names.length > 1 ? ' under each scenario side by side' : ''}.
      </p>
    </div>
  );
}

export function FollowPersonContent({ left, right, person, onChoose, onFilter }: Props) {
  const view = left.view;
  if (!view) return <NoRunYet left={left} right={right} />;
  return (
    <div className="follow-person">
      <PersonPicker journeys={view.journeys} scenario={scenarioLabel(left.scenarioName)} filters={person.filters} selected={person.serial} onFilter={onFilter} onChoose={onChoose} />
      {person.serial === null ? (
        <p className="person-empty">Choose a person from the list, or press “A random person”, to follow their journey.</p>
      ) : (
        <PersonJourney serial={person.serial} left={left} right={right?.view ? right : null} />
      )}
    </div>
  );
}
