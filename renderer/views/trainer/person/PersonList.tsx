// The people who match, one line each, as a listbox: arrow keys move the choice (and follow that
// person at once), Home and End jump to the ends, Page Up and Page Down move by ten. Only a page of
// 100 is drawn at a time so that long lists render fast; the page follows the person chosen.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Journey } from '../../../engine';
import { personSummary } from '../../../lib/trainerPersonFilters';
import { PAGE_SIZE, pageCount, pageWords } from '../../../lib/trainerPersonNavigate';

interface Props {
  people: readonly Journey[];
  selected: number | null;
  onChoose: (serial: number) => void;
}

const optionId = (serial: number) => `person-option-${serial}`;

export function PersonList({ people, selected, onChoose }: Props) {
  const index = selected === null ? -1 : people.findIndex((p) => p.personSerial === selected);
  const pages = pageCount(people.length);
  const [page, setPage] = useState(0);
  // The page follows the person chosen (by a key, a button or the flow animation).
  useEffect(() => {
    if (index >= 0) setPage(Math.floor(index / PAGE_SIZE));
  }, [index]);
  const shownPage = Math.min(page, pages - 1);
  const shown = useMemo(() => people.slice(shownPage * PAGE_SIZE, (shownPage + 1) * PAGE_SIZE), [people, shownPage]);
  const selectedShown = index >= shownPage * PAGE_SIZE && index < (shownPage + 1) * PAGE_SIZE;

  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selected, shownPage]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (people.length === 0) return;
    const from = index >= 0 ? index : shownPage * PAGE_SIZE - 1;
    const targets: Record<string, number> = {
      ArrowDown: from + 1,
      ArrowUp: index >= 0 ? index - 1 : shownPage * PAGE_SIZE,
      Home: 0,
      End: people.length - 1,
      PageDown: from + 10,
      PageUp: from - 10,
    };
    if (!(event.key in targets)) return;
    event.preventDefault();
    const to = Math.min(people.length - 1, Math.max(0, targets[event.key]));
    onChoose(people[to].personSerial);
  };

  return (
    <div className="person-list-wrap">
      <div
        ref={listRef}
        role="listbox"
        aria-label="People in the run (arrow keys choose)"
        tabIndex={0}
        className="person-list"
        data-testid="person-list"
        aria-activedescendant={selected !== null && selectedShown ? optionId(selected) : undefined}
        onKeyDown={onKeyDown}
      >
        {shown.map((person) => {
          const summary = personSummary(person);
          return (
            <div
              key={person.personSerial}
              id={optionId(person.personSerial)}
              role="option"
              aria-selected={person.personSerial === selected}
              data-testid={optionId(person.personSerial)}
              className="person-option"
              title={summary}
              onClick={() => onChoose(person.personSerial)}
            >
              {summary}
            </div>
          );
        })}
      </div>
      {people.length === 0 && <p className="person-none">Nobody in this run matches these filters: loosen one of them.</p>}
      {pages > 1 && (
        <div className="person-pages" role="group" aria-label="Pages of the list">
          <button type="button" disabled={shownPage === 0} onClick={() => setPage(shownPage - 1)}>
            Previous {PAGE_SIZE}
          </button>
          <span aria-live="polite">{pageWords(shownPage, people.length)}</span>
          <button type="button" disabled={shownPage >= pages - 1} onClick={() => setPage(shownPage + 1)}>
            Next {PAGE_SIZE}
          </button>
        </div>
      )}
    </div>
  );
}
