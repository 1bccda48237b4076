// The pathway's boxes and arrows for one side on one day: every stage with its title, the number of
// sampled people there now and, for lasting stages, the national equivalent from the weekly series;
// allocation split into the organisations of the operating model in force, each with its national
// caseload. Groups are keyed by the model, so a change of model redraws (and fades in) the routes.
// The boxes skip re-rendering when only the hover changes (paused); while playing they change every
// frame, but the routes depend on the model alone and are drawn once per model.
import { memo } from 'react';
import { FLOW_STAGES, PROVIDERS, STAGE_INDEX, STAGE_TITLES, type FlowStage } from '../../../lib/trainerFlowStages';
import { STAGE_BOXES, allocationBoxes, routesFor } from '../../../lib/trainerFlowLayout';
import type { OperatingModel } from '../../../engine';
import { approx, caseloadAt, nationalAt, type WeeklySeries } from '../../../lib/trainerFlowSnapshot';
import { weekIndexAt } from '../../../lib/trainerClock';
import { PROVIDER_STYLES } from './providerStyle';

/** Who decides on a breach, as the model in force has it. */
const BREACH_NOTES: Record<OperatingModel, string> = {
  trusts: 'the trust takes it to court',
  tr: 'CRC cases: the NPS decides',
  unified: 'the NPS decides',
};

interface StageBoxesProps {
  side: string;
  model: OperatingModel;
  counts: number[];
  allocationCounts: number[];
  data: WeeklySeries;
  day: number;
}

/** The number of sampled people there now, in a badge on the box's top-right corner (clear of the title). */
function CountBadge({ box, count, testId }: { box: { x: number; y: number; w: number }; count: number; testId: string }) {
  const width = 10 + 7 * String(count).length;
  const cx = box.x + box.w - 6 - width / 2;
  return (
    <g className={count > 0 ? 'flow-count' : 'flow-count flow-count-zero'}>
      <rect x={cx - width / 2} y={box.y - 7} width={width} height={14} rx={7} />
      <text x={cx} y={box.y + 4} textAnchor="middle" data-testid={testId}>
        {count}
      </text>
    </g>
  );
}

function StageBox({ stage, side, count, national, note }: { stage: FlowStage; side: string; count: number; national: number | null; note?: string }) {
  const b = STAGE_BOXES[stage];
  const { title } = STAGE_TITLES[stage];
  return (
    <g className={`flow-stage flow-stage-${stage}`}>
      <rect x={b.x} y={b.y} width={b.w} height={b.h} rx={6} />
      <text x={b.x + 6} y={b.y + 17} className="flow-stage-title">
        {title}
      </text>
      {note && (
        <text x={b.x + 6} y={b.y + 27} className="flow-stage-note">
          {note}
        </text>
      )}
      {national !== null && (
        <text x={b.x + 6} y={b.y + b.h - 4} className="flow-stage-national">
          {approx(national)} nationally
        </text>
      )}
      <CountBadge box={b} count={count} testId={`stage-count-${stage}-${side}`} />
    </g>
  );
}

/** `week`: the weekly series' index for the clock's day (weekIndexAt), found once for every counter. */
function AllocationBox({ side, model, counts, allocationCounts, data, week }: Omit<StageBoxesProps, 'day'> & { week: number }) {
  const b = STAGE_BOXES.allocation;
  return (
    <g className="flow-stage flow-stage-allocation">
      <rect x={b.x} y={b.y} width={b.w} height={b.h} rx={6} />
      <text x={b.x + 6} y={b.y + 17} className="flow-stage-title">
        Allocation
      </text>
      {allocationBoxes(model).map((sub) => {
        const style = PROVIDER_STYLES[PROVIDERS.indexOf(sub.provider)];
        const caseload = caseloadAt(data, sub.provider, week);
        const s = sub.box;
        return (
          <g key={`${model}-${sub.provider}`} className="flow-provider-box">
            <rect x={s.x} y={s.y} width={s.w} height={s.h} rx={4} style={{ stroke: style.colour }} />
            <text x={s.x + 5} y={s.y + 11} className="flow-provider-label" style={{ fill: style.colour }}>
              {sub.label}
            </text>
            <text x={s.x + s.w - 5} y={s.y + 11} textAnchor="end" className="flow-stage-count" data-testid={`stage-count-allocation-${sub.provider}-${side}`}>
              {allocationCounts[PROVIDERS.indexOf(sub.provider)]}
            </text>
            <text x={s.x + 5} y={s.y + 21} className="flow-stage-note">
              {sub.note}
            </text>
            {caseload !== null && (
              <text x={s.x + 5} y={s.y + 31} className="flow-stage-national">
                caseload {approx(caseload)}
              </text>
            )}
          </g>
        );
      })}
      <CountBadge box={b} count={counts[STAGE_INDEX.allocation]} testId={`stage-count-allocation-${side}`} />
    </g>
  );
}

/** The arrows of the model in force; keyed by the model where used, so a change of model mounts (and fades in) new ones. */
const FlowRoutes = memo(function FlowRoutes({ side, model }: { side: string; model: OperatingModel }) {
  return (
    <g className="flow-routes">
      {routesFor(model).map((r) => (
        <path
          key={r.key}
          d={r.d}
          className={r.provider ? 'flow-route flow-route-provider' : 'flow-route'}
          style={r.provider ? { stroke: PROVIDER_STYLES[PROVIDERS.indexOf(r.provider as (typeof PROVIDERS)[number])].colour } : undefined}
          markerEnd={`url(#flow-arrow-${side})`}
        />
      ))}
    </g>
  );
});

export const FlowStageBoxes = memo(function FlowStageBoxes(props: StageBoxesProps) {
  const { side, model, counts, allocationCounts, data, day } = props;
  const week = weekIndexAt(data.weeks, day);
  return (
    <g className="flow-stages">
      <FlowRoutes key={model} side={side} model={model} />
      {FLOW_STAGES.filter((s) => s !== 'allocation').map((stage) => (
        <StageBox
          key={stage}
          stage={stage}
          side={side}
          count={counts[STAGE_INDEX[stage]]}
          national={nationalAt(data, stage, week)}
          note={stage === 'breach' ? BREACH_NOTES[model] : STAGE_TITLES[stage].note}
        />
      ))}
      <AllocationBox side={side} model={model} counts={counts} allocationCounts={allocationCounts} data={data} week={week} />
    </g>
  );
});
