// The person followed: who they are (area, offence, risk on entry), then their journey as a dated
// timeline in plain words. With a second scenario run, the same person's two journeys side by side
// on shared date rows, and the first point where their routes part said in words and highlighted.
import { useMemo, useRef } from 'react';
import type { Journey } from '../../../engine';
import type { TrainerSide } from '../../../state/trainerSlice';
import { differenceWords, routeDifference } from '../../../lib/trainerPersonDifference';
import { sentenceHistoryWords } from '../../../lib/trainerPersonFilters';
import { timelineRows } from '../../../lib/trainerPersonTimeline';
import { offenceLabel, roshLabel, scenarioLabel } from '../../../lib/trainerPersonWords';
import { JourneyGrid } from './JourneyGrid';

interface Props {
  serial: number;
  left: TrainerSide;
  /** The second scenario, when it has a finished run. */
  right: TrainerSide | null;
}

const NO_EVENTS: Journey['events'] = [];

function find(side: TrainerSide | null, serial: number): Journey | undefined {
  return side?.view?.journeys.find((j) => j.personSerial === serial);
}

/** "Person 12379 is not among the 600 people followed under unified." */
function missingWords(side: TrainerSide, serial: number): string {
  return `Person ${serial} is not among the ${side.view?.journeys.length ?? 0} people followed under ${scenarioLabel(side.scenarioName)}.`;
}

export function PersonJourney({ serial, left, right }: Props) {
  const leftJourney = find(left, serial);
  const rightJourney = find(right, serial);
  const pair = Boolean(right?.view);
  const names = { left: scenarioLabel(left.scenarioName), right: right ? scenarioLabel(right.scenarioName) : '' };
  const leftEvents = leftJourney?.events ?? NO_EVENTS;
  const rightEvents = pair ? (rightJourney?.events ?? NO_EVENTS) : NO_EVENTS;
  const rows = useMemo(() => timelineRows(leftEvents, rightEvents), [leftEvents, rightEvents]);
  const difference = useMemo(() => (pair && leftJourney && rightJourney ? routeDifference(leftEvents, rightEvents) : null), [pair, leftJourney, rightJourney, leftEvents, rightEvents]);
  const who = leftJourney ?? rightJourney;
  const gridRef = useRef<HTMLDivElement>(null);

  return (
    <section className="person-journey" aria-labelledby="person-journey-title">
      <h3 id="person-journey-title">
        Person {serial}
        {who && <span className="person-who"> · {[who.area, offenceLabel(who.offenceGroup), `${roshLabel(who.rosh)} on entry`].join(' · ')}</span>}
      </h3>
      {!leftJourney && <p className="person-missing">{missingWords(left, serial)}</p>}
      {pair && right && !rightJourney && <p className="person-missing">{missingWords(right, serial)}</p>}
      {pair && leftJourney && rightJourney && (
        <div className="person-difference-row">
          <p className={`person-difference ${difference?.level === 'route' ? 'person-routes-differ' : 'person-routes-same'}`} data-testid={difference?.level === 'route' ? 'routes-differ' : 'routes-same'}>
            {differenceWords(leftEvents, rightEvents, names, difference)}
          </p>
          {difference?.level === 'route' && (
            <button type="button" data-testid="routes-differ-show" onClick={() => gridRef.current?.querySelector('.journey-rowbg-differs')?.scrollIntoView({ behavior: 'smooth', block: 'center' })}>
              Show where
            </button>
          )}
        </div>
      )}
      {pair && (leftJourney || rightJourney) && (
        <ul className="person-sentences">
          {leftJourney && (
            <li>
              Under {names.left}: {sentenceHistoryWords(leftJourney)}
            </li>
          )}
          {rightJourney && (
            <li>
              Under {names.right}: {sentenceHistoryWords(rightJourney)}
            </li>
          )}
        </ul>
      )}
      <JourneyGrid
        ref={gridRef}
        rows={rows}
        headings={pair ? { left: `Under ${names.left}`, right: `Under ${names.right}` } : { left: `Under ${names.left}` }}
        divergence={difference?.level === 'route' ? difference.index : null}
      />
      <p className="field-hint">Events are listed in the order the model recorded them. Gaps of a week or more say how long the person spent where they stood.</p>
    </section>
  );
}
