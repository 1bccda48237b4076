// The sampled people of one side as dots, one element per person keyed by serial, moved by CSS
// geometry (a rect's x and y) so that a CSS transition animates the move between stages (the clock
// only updates ~30 times a second; the transition fills the frames between). Measured in Chromium
// with 600 dots a side, x/y transitions on an SVG layer of its own ran at about 1.5 times the
// frame rate of per-dot transform transitions at the fastest speed. Each dot is memoised on its position
// and look, so a frame re-renders only the people who moved. The layer is one tab stop: Up and
// Down pick a person (highlighting the same serial on the other side), Enter follows them.
import { memo, useMemo, type CSSProperties, type KeyboardEvent, type MouseEvent } from 'react';
import { FLOW_STAGES, NOT_YET, PROVIDERS, STAGE_INDEX, STAGE_SERIES } from '../../../lib/trainerFlowStages';
import { dotPosition, dotRegion, type Box } from '../../../lib/trainerFlowLayout';
import type { OperatingModel } from '../../../engine';
import type { PersonAt } from '../../../lib/trainerFlowSnapshot';
import { PROVIDER_STYLES } from './providerStyle';

type DotLook = 'here' | 'notYet' | 'left';

const Dot = memo(function Dot(props: { id: string; serial: number; x: number; y: number; provider: number; look: DotLook; active: boolean }) {
  const style = PROVIDER_STYLES[props.provider];
  // x and y as style (CSS geometry properties), so that the CSS transition animates them.
  const at = { x: props.x - style.width / 2, y: props.y - style.height / 2 } as CSSProperties;
  return (
    <rect
      id={props.id}
      role="option"
      aria-selected={props.active}
      aria-hidden={props.look === 'notYet' ? true : undefined}
      aria-label={`Person ${props.serial}`}
      data-serial={props.serial}
      width={style.width}
      height={style.height}
      rx={style.rx}
      className={`flow-dot flow-dot-${props.look}`}
      fill={style.hollow ? '#ffffff' : style.colour}
      stroke={style.hollow ? style.colour : '#ffffff'}
      style={at}
    />
  );
});

/** Dot regions of every stage and provider under a model: [stage][provider]. */
function regionTable(model: OperatingModel): Box[][] {
  return FLOW_STAGES.map((stage) => PROVIDERS.map((provider) => dotRegion(stage, provider, model, STAGE_SERIES[stage] !== undefined)));
}

const round = (n: number) => Math.round(n * 10) / 10;

export interface DotPlace {
  x: number;
  y: number;
}

/** Where each person's dot goes (those not in yet wait, invisible, at the first offence box). */
export function useDotPlaces(people: PersonAt[], spots: { u: number; v: number }[], model: OperatingModel): DotPlace[] {
  const regions = useMemo(() => regionTable(model), [model]);
  return useMemo(
    () =>
      people.map((p, i) => {
        const region = regions[p.stage === NOT_YET ? STAGE_INDEX.offence : p.stage][p.provider];
        const at = dotPosition(region, spots[i]);
        return { x: round(at.x), y: round(at.y) };
      }),
    [people, spots, regions],
  );
}

interface FlowDotsProps {
  side: string;
  people: PersonAt[];
  places: DotPlace[];
  highlight: number | null;
  label: string;
  onHover(serial: number | null): void;
  onFollow(serial: number): void;
}

function serialOf(target: EventTarget): number | null {
  const el = (target as Element).closest?.('[data-serial]');
  return el ? Number(el.getAttribute('data-serial')) : null;
}

export function FlowDots({ side, people, places, highlight, label, onHover, onFollow }: FlowDotsProps) {
  // Keyboard picking walks the people in the system now (not those yet to enter or gone).
  const present = useMemo(() => people.filter((p) => p.stage !== NOT_YET && p.stage !== STAGE_INDEX.left).map((p) => p.serial), [people]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp' || e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      if (present.length === 0) return;
      const at = highlight === null ? -1 : present.indexOf(highlight);
      const next = e.key === 'Home' ? 0 : e.key === 'End' ? present.length - 1 : e.key === 'ArrowDown' ? (at + 1) % present.length : at <= 0 ? present.length - 1 : at - 1;
      onHover(present[next]);
    } else if (e.key === 'Enter' && highlight !== null) {
      e.preventDefault();
      onFollow(highlight);
    } else if (e.key === 'Escape') onHover(null);
  };
  return (
    <g
      className="flow-dots"
      tabIndex={0}
      role="listbox"
      aria-label={label}
      aria-activedescendant={highlight !== null ? `flow-${side}-${highlight}` : undefined}
      onMouseOver={(e: MouseEvent) => {
        const serial = serialOf(e.target);
        if (serial !== null) onHover(serial);
      }}
      onMouseLeave={() => onHover(null)}
      onClick={(e: MouseEvent) => {
        const serial = serialOf(e.target);
        if (serial !== null) onFollow(serial);
      }}
      onKeyDown={onKeyDown}
    >
      {people.map((p, i) => (
        <Dot
          key={p.serial}
          id={`flow-${side}-${p.serial}`}
          serial={p.serial}
          x={places[i].x}
          y={places[i].y}
          provider={p.provider}
          look={p.stage === NOT_YET ? 'notYet' : p.stage === STAGE_INDEX.left ? 'left' : 'here'}
          active={p.serial === highlight}
        />
      ))}
    </g>
  );
}
