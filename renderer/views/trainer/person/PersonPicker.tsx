// Choosing whom to follow: four filters over the left run's sampled people (kept in the trainer
// slice so they survive switching views), how many match, previous / next / "a random person"
// (deterministic: it strides through the matching list), and the list itself.
import { useMemo } from 'react';
import type { Journey } from '../../../engine';
import type { PersonFilters } from '../../../state/trainerSlice';
import { PROVIDER_OPTIONS, ROSH_OPTIONS, SENTENCE_OPTIONS, areaOptions, countWords, filterJourneys, type FilterOption } from '../../../lib/trainerPersonFilters';
import { randomPerson, stepPerson } from '../../../lib/trainerPersonNavigate';
import { PersonList } from './PersonList';

interface Props {
  journeys: readonly Journey[];
  /** The left scenario, named in the hint that the filters read it. */
  scenario: string;
  filters: PersonFilters;
  selected: number | null;
  onFilter: (key: keyof PersonFilters, value: string) => void;
  onChoose: (serial: number | null) => void;
}

function FilterSelect({ name, label, options, value, onChange }: { name: keyof PersonFilters; label: string; options: FilterOption[]; value: string; onChange: (value: string) => void }) {
  return (
    <label>
      {label}
      <select data-testid={`person-filter-${name}`} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function PersonPicker({ journeys, scenario, filters, selected, onFilter, onChoose }: Props) {
  const areas = useMemo(() => areaOptions(journeys), [journeys]);
  const matching = useMemo(() => filterJourneys(journeys, filters), [journeys, filters]);
  const serials = useMemo(() => matching.map((j) => j.personSerial), [matching]);
  const none = serials.length === 0;
  return (
    <div className="person-picker">
      <div className="person-filters" role="group" aria-label={`Filter the people followed under ${scenario}`}>
        <FilterSelect name="sentence" label="Sentence" options={SENTENCE_OPTIONS} value={filters.sentence} onChange={(v) => onFilter('sentence', v)} />
        <FilterSelect name="rosh" label="Risk of serious harm on entry" options={ROSH_OPTIONS} value={filters.rosh} onChange={(v) => onFilter('rosh', v)} />
        <FilterSelect name="area" label="Area" options={areas} value={filters.area} onChange={(v) => onFilter('area', v)} />
        <FilterSelect name="provider" label="Provider at some point" options={PROVIDER_OPTIONS} value={filters.provider} onChange={(v) => onFilter('provider', v)} />
        <div className="person-nav" role="group" aria-label="Move between people">
          <button type="button" data-testid="person-previous" disabled={none} onClick={() => onChoose(stepPerson(serials, selected, -1))}>
            Previous person
          </button>
          <button type="button" data-testid="person-next" disabled={none} onClick={() => onChoose(stepPerson(serials, selected, 1))}>
            Next person
          </button>
          <button type="button" data-testid="person-random" disabled={none} onClick={() => onChoose(randomPerson(serials, selected))}>
            A random person
          </button>
        </div>
      </div>
      <p className="person-count">
        <span data-testid="person-count" aria-live="polite">
          {countWords(matching.length, journeys.length)}
        </span>
        <span className="field-hint"> (as sampled under {scenario}: the same people enter every scenario on this seed)</span>
      </p>
      <PersonList people={matching} selected={selected} onChoose={onChoose} />
    </div>
  );
}
