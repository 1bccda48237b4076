// Follow one person: choose someone from the people the left run followed (filters, a count, a
// keyboard listbox, previous / next / a random person), then read their journey as a dated
// timeline in plain words; with two scenarios, the same person under each, side by side. Runs are
// never started here: until one finishes, the view explains and points at the Start button above.
import { useServices, useAppState } from '../../state/appContext';
import { followPerson, setPersonFilter, type PersonFilters } from '../../state/trainerSlice';
import { FollowPersonContent } from './person/FollowPersonContent';

export function FollowPerson() {
  const { store } = useServices();
  const left = useAppState((s) => s.trainer.left);
  const right = useAppState((s) => s.trainer.right);
  const person = useAppState((s) => s.trainer.person);
  return (
    <FollowPersonContent
      left={left}
      right={right}
      person={person}
      onChoose={(serial: number | null) => store.update(followPerson(serial))}
      onFilter={(key: keyof PersonFilters, value: string) => store.update(setPersonFilter(key, value))}
    />
  );
}
