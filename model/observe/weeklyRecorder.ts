// Weekly series: at the end of each reported week, a snapshot of the stocks and the week's flows,
// scaled up to national equivalents. Stocks come from the world's stocks (kept exact as people move), so
// a snapshot costs a few hundred additions whatever the population.
import type { World } from '../engine/world';
import { flowSeries, stockSeries } from '../seriesNames';
import { PersonState } from '../engine/people';
import { PROVIDER_COUNT, PROVIDER_KIND, REGION_SLUGS } from '../engine/geography';
import { FLOW_COUNT } from './flowIndex';

const STATE_SERIES = ['stock.atLiberty', 'stock.communityOrder', 'stock.suspendedOrder', 'stock.custody', 'stock.recall', 'stock.licence', 'stock.pss'];
const KINDS = ['trust', 'crc', 'nps'];
const ROSH = ['low', 'medium', 'high', 'veryHigh'];

export class WeeklyRecorder {
  readonly series = new Map<string, Float64Array>();
  readonly providerCaseload: Float64Array[] = [];
  /** Flows in the current week (reported window only), by flow index; emptied as each week closes. */
  readonly weekFlows = new Float64Array(FLOW_COUNT);
  // Each series' array, looked up once: a week then costs no string building or hashing.
  private readonly stateSeries: Float64Array[];
  private readonly kindCaseload: Float64Array[];
  private readonly roshCaseload: Float64Array[];
  private readonly regionCaseload: Float64Array[];
  private readonly kindLoadPerFte: Float64Array[];
  private readonly kindQuality: Float64Array[];
  private readonly flows: Float64Array[];
  private readonly total: Float64Array;
  private readonly custodyUnder12m: Float64Array;
  private readonly custodyFrom12mTo4y: Float64Array;
  private readonly custodyOver4y: Float64Array;
  private readonly caseloadTotal: Float64Array;
  private readonly caseloadCommunity: Float64Array;
  private readonly caseloadPreRelease: Float64Array;
  private readonly prisonDeterminate: Float64Array;
  private readonly prisonRecall: Float64Array;
  private readonly prisonPopulation: Float64Array;

  constructor(
    private readonly world: World,
    readonly weeks: number,
  ) {
    for (const name of [...stockSeries, ...flowSeries]) this.series.set(name, new Float64Array(weeks));
    for (let p = 0; p < PROVIDER_COUNT; p++) this.providerCaseload.push(new Float64Array(weeks));
    const named = (name: string): Float64Array => this.series.get(name)!;
    this.stateSeries = STATE_SERIES.map(named);
    this.kindCaseload = KINDS.map((k) => named(`caseload.${k}`));
    this.roshCaseload = ROSH.map((r) => named(`caseload.rosh.${r}`));
    this.regionCaseload = REGION_SLUGS.map((r) => named(`caseload.region.${r}`));
    this.kindLoadPerFte = KINDS.map((k) => named(`caseloadPerFte.${k}`));
    this.kindQuality = KINDS.map((k) => named(`quality.${k}`));
    this.flows = flowSeries.map(named);
    this.total = named('stock.total');
    this.custodyUnder12m = named('stock.custody.under12m');
    this.custodyFrom12mTo4y = named('stock.custody.from12mTo4y');
    this.custodyOver4y = named('stock.custody.over4y');
    this.caseloadTotal = named('caseload.total');
    this.caseloadCommunity = named('caseload.community');
    this.caseloadPreRelease = named('caseload.preRelease');
    this.prisonDeterminate = named('prison.determinate');
    this.prisonRecall = named('prison.recallPopulation');
    this.prisonPopulation = named('prison.population');
  }

  closeWeek(week: number): void {
    const sim = this.world;
    const t = sim.stocks;
    const up = 1 / sim.setup.scale;
    let total = 0;
    for (let s = 0; s < STATE_SERIES.length; s++) {
      this.stateSeries[s][week] = t.state[s] * up;
      total += t.state[s];
    }
    this.total[week] = total * up;
    this.custodyUnder12m[week] = t.custodyBand[1] * up;
    this.custodyFrom12mTo4y[week] = t.custodyBand[2] * up;
    this.custodyOver4y[week] = t.custodyBand[3] * up;
    this.caseloadTotal[week] = (t.community + t.preRelease) * up;
    this.caseloadCommunity[week] = t.community * up;
    this.caseloadPreRelease[week] = t.preRelease * up;
    for (let k = 0; k < 3; k++) this.kindCaseload[k][week] = t.kindCases[k] * up;
    for (let r = 0; r < 4; r++) this.roshCaseload[r][week] = t.roshCases[r] * up;
    for (let r = 0; r < REGION_SLUGS.length; r++) this.regionCaseload[r][week] = t.regionCases[r] * up;
    this.recordWorkload(week);
    const custody = t.state[PersonState.Custody];
    const recall = t.state[PersonState.Recall];
    this.prisonDeterminate[week] = custody * up;
    this.prisonRecall[week] = recall * up;
    this.prisonPopulation[week] = (custody + recall) * up + sim.params.raw.custody.otherPopulation;
    for (let f = 0; f < flowSeries.length; f++) {
      this.flows[f][week] = this.weekFlows[f] * up;
      this.weekFlows[f] = 0;
    }
    for (let p = 0; p < PROVIDER_COUNT; p++) this.providerCaseload[p][week] = t.providerCases[p] * up;
  }

  /** Weighted caseload per FTE and case-weighted quality, by provider kind (NaN where none works). */
  private recordWorkload(week: number): void {
    const sim = this.world;
    const load = [0, 0, 0];
    const fte = [0, 0, 0];
    const qualityCases = [0, 0, 0];
    const cases = [0, 0, 0];
    for (let p = 0; p < PROVIDER_COUNT; p++) {
      const kind = PROVIDER_KIND[p];
      load[kind] += sim.stocks.providerWeighted[p];
      fte[kind] += sim.staffFte[p];
      qualityCases[kind] += sim.quality[p] * sim.stocks.providerCases[p];
      cases[kind] += sim.stocks.providerCases[p];
    }
    for (let k = 0; k < 3; k++) {
      this.kindLoadPerFte[k][week] = fte[k] > 0 ? load[k] / fte[k] : NaN;
      this.kindQuality[k][week] = cases[k] > 0 ? qualityCases[k] / cases[k] : NaN;
    }
  }
}
