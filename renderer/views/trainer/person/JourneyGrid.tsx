// One or two journeys of the same person as a grid: a shared date column, then a column per
// scenario, events on the same date on the same row, and before an event how long that side spent
// where it stood since its previous one. Each side is its own ordered list (`person-journey-left` / `-right`, display:
// contents so its items sit in the shared grid), so a screen reader reads one journey straight
// through, each event with its date. Events appear in the engine's order: the rows take them from
// the head of each side's array (renderer/lib/trainerPersonTimeline.ts).
import type { CSSProperties, Ref } from 'react';
import type { IndexedEvent, TimelineRow } from '../../../lib/trainerPersonTimeline';
import { afterEventWords, fullDate, gapWords, kindHeading, tidyDetail } from '../../../lib/trainerPersonWords';

type Side = 'left' | 'right';

interface Props {
  rows: TimelineRow[];
  /** Column headings, e.g. "Under tr"; one entry for a single journey. */
  headings: { left: string; right?: string };
  /** The position (in both sides' arrays) where the routes first differ, highlighted; null if none. */
  divergence: number | null;
  /** The grid element, so that "Show where" can scroll to the highlighted row. */
  ref?: Ref<HTMLDivElement>;
}

/** Kinds grouped for the colour of their edge (the heading says the kind too: colour is never the only cue). */
function tone(kind: string, index: number): string {
  if (kind === 'offence') return index > 0 ? 'trouble' : 'court';
  if (['court', 'sentenced'].includes(kind)) return 'court';
  if (['breach', 'recalled', 'committed', 'escalated'].includes(kind)) return 'trouble';
  if (['released', 'orderEnded', 'licenceEnded', 'pssEnded', 'desisted'].includes(kind)) return 'ends';
  return 'support';
}

function EventBlock({ item, differs }: { item: IndexedEvent; differs: boolean }) {
  const { event, index } = item;
  return (
    <div
      className={`journey-event journey-tone-${tone(event.kind, index)}${differs ? ' journey-differs' : ''}`}
      data-testid="journey-event"
      data-kind={event.kind}
      data-date={event.date}
      data-index={index}
    >
      <span className="visually-hidden">{fullDate(event.date)}: </span>
      <span className="journey-kind">{kindHeading(event.kind, event.kind === 'offence' && index > 0)}</span>
      {differs && <span className="journey-differs-tag">routes differ here</span>}
      <span className="journey-detail">{tidyDetail(event.detail)}</span>
      <span className="journey-after">{afterEventWords(event)}</span>
    </div>
  );
}

const at = (row: number, column: number | string): CSSProperties => ({ gridRow: row, gridColumn: column });

export function JourneyGrid({ rows, headings, divergence, ref }: Props) {
  const sides: Side[] = headings.right === undefined ? ['left'] : ['left', 'right'];
  const column = (side: Side) => (side === 'left' ? 2 : 3);
  // Grid row 1 holds the headings; timeline row k sits on grid row k + 2.
  const gridRow = (k: number) => k + 2;
  const differsRow = (k: number) => {
    const row = rows[k];
    return divergence !== null && row.type === 'date' && [...row.left, ...row.right].some((e) => e.index === divergence);
  };
  return (
    <div ref={ref} className={`journey-grid${sides.length === 2 ? ' journey-grid-pair' : ''}`}>
      <div className="journey-head" style={at(1, 1)} aria-hidden="true">
        Date
      </div>
      {sides.map((side) => (
        <h4 key={side} className="journey-head" style={at(1, column(side))} id={`journey-heading-${side}`}>
          {headings[side]}
        </h4>
      ))}
      {rows.map((row, k) => (
        <div key={`bg-${k}`} aria-hidden="true" className={`journey-rowbg journey-rowbg-${row.type}${differsRow(k) ? ' journey-rowbg-differs' : ''}`} style={at(gridRow(k), '1 / -1')} />
      ))}
      {rows.map((row, k) =>
        row.type === 'date' ? (
          <div key={`date-${k}`} aria-hidden="true" className="journey-date" style={at(gridRow(k), 1)}>
            {fullDate(row.date)}
          </div>
        ) : null,
      )}
      {sides.map((side) => (
        <ol key={side} className="journey-side" data-testid={`person-journey-${side}`} aria-labelledby={`journey-heading-${side}`}>
          {rows.map((row, k) => {
            if (row.type === 'gap') {
              const stretch = row[side];
              return stretch ? (
                <li key={k} className="journey-gap" style={at(gridRow(k), column(side))}>
                  {gapWords(stretch.days, stretch.state)}
                </li>
              ) : null;
            }
            const items = row[side];
            return items.length > 0 ? (
              <li key={k} className="journey-cell" style={at(gridRow(k), column(side))}>
                {items.map((item) => (
                  <EventBlock key={item.index} item={item} differs={item.index === divergence} />
                ))}
              </li>
            ) : null;
          })}
        </ol>
      ))}
    </div>
  );
}
