// The Flows view: a Sankey of people moving between stages of the pathway, for a chosen period,
// for two scenarios side by side, run on the same seed and replication (common random numbers),
// with a table of the largest differences. Each diagram sits in the shared ChartFrame; the CSV of
// either is the full matrix (from, to, count on each side).
import { useMemo } from 'react';
import { ENGINE_VERSION } from '../engine';
import { ChartFrame } from '../charts/ChartFrame';
import { fileStem, type ChartProvenance } from '../charts/chartData';
import { useAppState, useServices } from '../state/appContext';
import { flowsRunning, setFlowsSettings, type FlowsSettings, type FlowsSideResult } from '../state/flowsSlice';
import { bipartiteFlows } from '../lib/flowLayout';
import { comparisonFinding, countText, flowsChartData, fullFlowMatrix, largestDifferences, sideFinding, type FlowSide } from '../lib/flowCompare';
import { commonYears, effectivePeriod, periodMatrix, periodOptions, periodPhrase, reportedYears } from '../lib/flowPeriod';
import { stageLabel } from '../lib/flowStages';
import { resolveSides, sourceOptions } from './flows/flowSources';
import { cancelFlows, runFlows, type FlowsRunSettings } from './flows/flowsRunner';
import { FlowsControls } from './flows/FlowsControls';
import { FlowsProgress } from './flows/FlowsProgress';
import { FlowSankey } from './flows/FlowSankey';
import { FlowsDiffTable } from './flows/FlowsDiffTable';
import { SmallFlows } from './flows/SmallFlows';
import { StaleNote, staleReasons } from './flows/StaleNote';
import './flows/flows.css';

const DIFFERENCES_LISTED = 12;

export function FlowsView() {
  const { store } = useServices();
  const flows = useAppState((s) => s.flows);
  const document = useAppState((s) => s.document);
  const { settings } = flows;
  const running = flowsRunning(flows);

  const sides = useMemo(() => resolveSides(settings, document), [settings, document]);
  const run: FlowsRunSettings = {
    seed: settings.seed ?? sides.left.scenario.simulation.seed,
    replication: settings.replication,
    scale: settings.scale ?? sides.left.scenario.simulation.scale,
  };
  const leftResult = flows.left.result;
  const rightResult = flows.right.result;
  const years = useMemo(
    () =>
      leftResult && rightResult
        ? commonYears([leftResult.flows, rightResult.flows])
        : reportedYears(sides.left.scenario.simulation).filter((y) => reportedYears(sides.right.scenario.simulation).includes(y)),
    [leftResult, rightResult, sides],
  );
  const period = effectivePeriod(settings.period, years);
  const change = (c: Partial<FlowsSettings>) => store.update(setFlowsSettings(c));
  const comparison = useMemo(() => {
    if (!leftResult || !rightResult) return null;
    const side = (r: FlowsSideResult): FlowSide => ({ label: r.label, stages: r.flows.stages, matrix: periodMatrix(r.flows, period) });
    return { left: side(leftResult), right: side(rightResult), period, provenance: flowsProvenance(leftResult, rightResult, period) };
  }, [leftResult, rightResult, period]);

  return (
    <section aria-label="Flows" className="flows-view">
      <h2>Flows</h2>
      <p className="flows-intro">
        Where people go between stages of the pathway: stages they leave on the left of each diagram, stages they arrive in on the right
        (a new order while serving one goes from a stage to the same stage). Both scenarios run one replication each on the same seed, so
        they share their random numbers.
      </p>
      <FlowsControls
        settings={settings}
        right={sides.right.source}
        sources={sourceOptions(document)}
        periods={periodOptions(years)}
        period={period}
        run={run}
        ownScale={sides.left.scenario.simulation.scale}
        running={running}
        refusal={flows.refusal}
        onChange={change}
        onRun={() => void runFlows(store, sides, run)}
        onCancel={cancelFlows}
      />
      <FlowsProgress
        sides={[
          { label: sides.left.label, run: flows.left },
          { label: sides.right.label, run: flows.right },
        ]}
      />
      {comparison ? (
        <>
          {!running && <StaleNote reasons={staleReasons(flows, sides, run)} />}
          <FlowsResults {...comparison} minShare={settings.minShare} />
        </>
      ) : (
        !running && <p className="flows-empty">Choose two scenarios and press Run both to see how people move between stages.</p>
      )}
    </section>
  );
}

function flowsProvenance(left: FlowsSideResult, right: FlowsSideResult, period: string): ChartProvenance {
  return {
    engineVersion: left.provenance.engineVersion || ENGINE_VERSION,
    scenarios: [left, right].map((r) => ({ name: r.label, hash: r.provenance.scenarioHash })),
    seed: left.provenance.seed,
    replications: 1,
    scale: left.provenance.scale,
    extra: [
      ['replication', String(left.provenance.replication)],
      ['period', periodPhrase(period)],
      ['units', 'people moving between stages, national equivalents'],
    ],
  };
}

interface ResultsProps {
  left: FlowSide;
  right: FlowSide;
  period: string;
  minShare: number;
  provenance: ChartProvenance;
}

function FlowsResults({ left, right, period, minShare, provenance }: ResultsProps) {
  const layouts = useMemo(
    () => [left, right].map((side) => bipartiteFlows(side.stages, side.matrix, minShare, stageLabel)),
    [left, right, minShare],
  );
  const data = useMemo(() => flowsChartData(left, right), [left, right]);
  const differences = useMemo(() => largestDifferences(fullFlowMatrix(left, right), DIFFERENCES_LISTED), [left, right]);
  const titles = [sideFinding(left, period), comparisonFinding(left, right, period, Math.max(layouts[0].minCount, layouts[1].minCount))];
  const subtitle = (i: number) => {
    const layout = layouts[i];
    const dropped =
      layout.dropped.length > 0
        ? ` Flows under ${(minShare * 100).toFixed(1)}% of moves are not drawn (${layout.dropped.length} flows, ${countText(layout.droppedTotal)} people; they are in the data table and the CSV).`
        : '';
    return `${countText(layout.total)} moves ${periodPhrase(period)}, national equivalents, one replication.${dropped}`;
  };
  return (
    <>
      <div className="flows-pair">
        {[left, right].map((side, i) => (
          <div key={i} className="flows-side">
            <ChartFrame
              title={titles[i]}
              subtitle={subtitle(i)}
              data={data}
              provenance={provenance}
              fileName={fileStem(`flows ${side.label} ${period}`)}
              testId={i === 0 ? 'sankey-left' : 'sankey-right'}
            >
              <FlowSankey layout={layouts[i]} label={side.label} />
            </ChartFrame>
            <SmallFlows layout={layouts[i]} label={side.label} />
          </div>
        ))}
      </div>
      <FlowsDiffTable
        caption={`The ${differences.length} largest differences ${periodPhrase(period)}: ${right.label} against ${left.label} (one replication each, same random numbers)`}
        leftLabel={left.label}
        rightLabel={right.label}
        rows={differences}
      />
    </>
  );
}
