// One scenario's side of the animated flow on the clock's day: the operating model in force, the
// pathway with its counters, the sampled people as dots, a ring on the person highlighted (the
// same serial as on the other side) and on the person followed, a banner when the clock has just
// passed a change of model, and a line saying who the highlighted person is and where they stand.
// The dots live in a second SVG laid exactly over the pathway's, on a layer of its own (flow.css),
// so that gliding dots need not repaint the boxes and text beneath them.
import { useMemo } from 'react';
import { FLOW_STAGES, NOT_YET, STAGE_TITLES } from '../../../lib/trainerFlowStages';
import { VIEW_HEIGHT, VIEW_WIDTH } from '../../../lib/trainerFlowLayout';
import { MODEL_SUMMARIES, bannerAt, initialModel, modelInForce } from '../../../lib/trainerFlowModels';
import { snapshotAt } from '../../../lib/trainerFlowSnapshot';
import type { FlowSideData } from './flowSide';
import { FlowStageBoxes } from './FlowStageBoxes';
import { FlowDots, useDotPlaces, type DotPlace } from './FlowDots';
import { PROVIDER_STYLES } from './providerStyle';

interface FlowPanelProps {
  data: FlowSideData;
  day: number;
  bannerDays: number;
  highlight: number | null;
  followed: number | null;
  onHover(serial: number | null): void;
  onFollow(serial: number): void;
}

function Ring({ place, kind, serial }: { place: DotPlace; kind: 'highlight' | 'followed'; serial: number }) {
  return (
    <g className={`flow-ring flow-ring-${kind}`} style={{ transform: `translate(${place.x}px, ${place.y}px)` }} aria-hidden="true">
      <circle r={kind === 'highlight' ? 7.5 : 10} />
      {kind === 'highlight' && (
        <text x={place.x > VIEW_WIDTH - 70 ? -10 : 10} y={-8} textAnchor={place.x > VIEW_WIDTH - 70 ? 'end' : 'start'} className="flow-ring-label">
          #{serial}
        </text>
      )}
    </g>
  );
}

export function FlowPanel({ data, day, bannerDays, highlight, followed, onHover, onFollow }: FlowPanelProps) {
  const { side, view } = data;
  const model = modelInForce(initialModel(data.timeline), data.changes, day);
  const snapshot = useMemo(() => snapshotAt(data.timelines, day), [data.timelines, day]);
  const places = useDotPlaces(snapshot.people, data.spots, model);
  const banner = bannerAt(data.changes, day, bannerDays);
  const ring = (serial: number | null, kind: 'highlight' | 'followed') => {
    const i = serial === null ? undefined : data.indexOf.get(serial);
    if (i === undefined || snapshot.people[i].stage === NOT_YET) return null;
    // Keyed by serial: a newly highlighted person gets a ring at once, not one gliding from the last.
    return <Ring key={`${kind}-${serial}`} place={places[i]} kind={kind} serial={serial!} />;
  };
  const titleId = `flow-title-${side}`;
  return (
    <section className="flow-panel" data-testid={`flow-panel-${side}`} aria-labelledby={titleId}>
      <header className="flow-panel-head">
        <h3 id={titleId}>{data.scenarioName}</h3>
        <span className="flow-model" data-testid={`flow-model-${side}`} data-model={model}>
          {MODEL_SUMMARIES[model]}
        </span>
        <span className="flow-notyet">
          {view.journeys.length - snapshot.notYet} of {view.journeys.length} people in so far
        </span>
      </header>
      <div className="flow-stage-area">
        {banner && (
          <div className="flow-banner" role="status" key={banner.date} data-testid={`flow-banner-${side}`}>
            {banner.date}: {banner.label}
          </div>
        )}
        <svg className="flow-svg" viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`} aria-labelledby={titleId}>
          <defs>
            <marker id={`flow-arrow-${side}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" className="flow-arrowhead" />
            </marker>
          </defs>
          <FlowStageBoxes side={side} model={model} counts={snapshot.counts} allocationCounts={snapshot.allocationCounts} data={view} day={day} />
        </svg>
        <svg className="flow-svg flow-svg-dots" viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`} aria-label={`People under ${data.scenarioName}`}>
          <FlowDots
            side={side}
            people={snapshot.people}
            places={places}
            highlight={highlight}
            label={`People followed under ${data.scenarioName}: Up and Down pick a person, Enter follows them`}
            onHover={onHover}
            onFollow={onFollow}
          />
          {ring(followed, 'followed')}
          {ring(highlight, 'highlight')}
        </svg>
      </div>
      <PersonLine data={data} serial={highlight} people={snapshot.people} />
    </section>
  );
}

function PersonLine({ data, serial, people }: { data: FlowSideData; serial: number | null; people: ReturnType<typeof snapshotAt>['people'] }) {
  const i = serial === null ? undefined : data.indexOf.get(serial);
  if (serial === null || i === undefined) {
    return <p className="flow-person-line flow-hint">Point at or focus a dot to see who it is (and the same person on the other side); click it to follow them.</p>;
  }
  const journey = data.view.journeys[i];
  const at = people[i];
  if (at.stage === NOT_YET) {
    return (
      <p className="flow-person-line" aria-live="polite">
        <strong>Person {serial}</strong> has not entered the model yet (first event {journey.events[0]?.date}).
      </p>
    );
  }
  const event = journey.events[at.event];
  const provider = event?.providerName || (at.provider > 0 ? PROVIDER_STYLES[at.provider].label : '');
  return (
    <p className="flow-person-line" aria-live="polite" data-testid={`flow-person-${data.side}`}>
      <strong>Person {serial}</strong> ({journey.area}, {journey.rosh} risk on entry): {STAGE_TITLES[FLOW_STAGES[at.stage]].title.toLowerCase()}
      {provider && `, ${provider}`}. <span className="flow-event">{event?.date}: {event?.detail}</span>
    </p>
  );
}
