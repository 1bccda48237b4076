// Weekly series: at the end of each reported week, a snapshot of the stocks and the week's flows,
// scaled up to national equivalents. Stocks come from the tallies (kept exact as people move), so
// a snapshot costs a few hundred additions whatever the population.
import type { Simulation } from '../engine/simulation';
import { flowSeries, stockSeries } from '../seriesNames';
import { PersonState } from '../engine/people';
import { PROVIDER_COUNT, PROVIDER_KIND, REGION_SLUGS } from '../engine/geography';
import { fteByKind, providerFte } from '../processes/supervision';

const STATE_SERIES = ['stock.atLiberty', 'stock.communityOrder', 'stock.suspendedOrder', 'stock.custody', 'stock.recall', 'stock.licence', 'stock.pss'];
const KINDS = ['trust', 'crc', 'nps'];
const ROSH = ['low', 'medium', 'high', 'veryHigh'];

export class WeeklyRecorder {
  readonly series = new Map<string, Float64Array>();
  readonly providerCaseload: Float64Array[] = [];

  constructor(readonly weeks: number) {
    for (const name of [...stockSeries, ...flowSeries]) this.series.set(name, new Float64Array(weeks));
    for (let p = 0; p < PROVIDER_COUNT; p++) this.providerCaseload.push(new Float64Array(weeks));
  }

  private set(name: string, week: number, value: number): void {
    this.series.get(name)![week] = value;
  }

  closeWeek(sim: Simulation, week: number): void {
    const t = sim.tallies;
    const up = 1 / sim.setup.scale;
    let total = 0;
    for (let s = 0; s < STATE_SERIES.length; s++) {
      this.set(STATE_SERIES[s], week, t.state[s] * up);
      total += t.state[s];
    }
    this.set('stock.total', week, total * up);
    this.set('stock.custody.under12m', week, t.custodyBand[1] * up);
    this.set('stock.custody.from12mTo4y', week, t.custodyBand[2] * up);
    this.set('stock.custody.over4y', week, t.custodyBand[3] * up);
    this.set('caseload.total', week, (t.community + t.preRelease) * up);
    this.set('caseload.community', week, t.community * up);
    this.set('caseload.preRelease', week, t.preRelease * up);
    for (let k = 0; k < 3; k++) this.set(`caseload.${KINDS[k]}`, week, t.kindCases[k] * up);
    for (let r = 0; r < 4; r++) this.set(`caseload.rosh.${ROSH[r]}`, week, t.roshCases[r] * up);
    for (let r = 0; r < REGION_SLUGS.length; r++) this.set(`caseload.region.${REGION_SLUGS[r]}`, week, t.regionCases[r] * up);
    this.recordWorkload(sim, week);
    const custody = t.state[PersonState.Custody];
    const recall = t.state[PersonState.Recall];
    this.set('prison.determinate', week, custody * up);
    this.set('prison.recallPopulation', week, recall * up);
    this.set('prison.population', week, (custody + recall) * up + sim.params.raw.custody.otherPopulation);
    for (let f = 0; f < flowSeries.length; f++) {
      this.set(flowSeries[f], week, t.flows[f] * up);
      t.flows[f] = 0;
    }
    for (let p = 0; p < PROVIDER_COUNT; p++) this.providerCaseload[p][week] = t.providerCases[p] * up;
  }

  /** Weighted caseload per FTE and case-weighted quality, by provider kind (NaN where none works). */
  private recordWorkload(sim: Simulation, week: number): void {
    const kindFte = fteByKind(sim);
    const load = [0, 0, 0];
    const fte = [0, 0, 0];
    const qualityCases = [0, 0, 0];
    const cases = [0, 0, 0];
    for (let p = 0; p < PROVIDER_COUNT; p++) {
      const kind = PROVIDER_KIND[p];
      load[kind] += sim.tallies.providerWeighted[p];
      fte[kind] += providerFte(sim, p, kindFte);
      qualityCases[kind] += sim.quality[p] * sim.tallies.providerCases[p];
      cases[kind] += sim.tallies.providerCases[p];
    }
    for (let k = 0; k < 3; k++) {
      this.set(`caseloadPerFte.${KINDS[k]}`, week, fte[k] > 0 ? load[k] / fte[k] : NaN);
      this.set(`quality.${KINDS[k]}`, week, cases[k] > 0 ? qualityCases[k] / cases[k] : NaN);
    }
  }
}
