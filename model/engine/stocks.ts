// Stocks kept up to date as people change state, so that a weekly snapshot costs a few hundred
// additions instead of a pass over every person. World state: rules read them (a provider's
// weighted caseload sets its supervision quality) as well as the weekly recorder. Invariant: the
// counters always equal what a full recount of the live people would give (audit.ts recounts, and
// a test compares); every change to a counted field goes through World.change, enter or leave.
import { PERSON_STATES, PersonState } from './people';
import { PROVIDER_COUNT, PROVIDER_KIND, REGIONS } from './geography';

export class Stocks {
  readonly state = new Float64Array(PERSON_STATES);
  /** Sentenced custody (not recall) by band 0..3 (0 unused). */
  readonly custodyBand = new Float64Array(4);
  readonly providerCases = new Float64Array(PROVIDER_COUNT);
  readonly providerWeighted = new Float64Array(PROVIDER_COUNT);
  /** Pre-release cases (in custody or recalled) per provider: what the weight applies to. */
  readonly providerPreRelease = new Float64Array(PROVIDER_COUNT);
  readonly kindCases = new Float64Array(3);
  readonly roshCases = new Float64Array(4);
  readonly regionCases = new Float64Array(REGIONS.length);
  community = 0;
  preRelease = 0;

  constructor(private preReleaseWeight: number) {}

  /**
   * A new weight for pre-release cases (a dated value): every provider's weighted caseload is
   * recounted with it, so the counters stay what a recount under the weight in force would give.
   */
  setPreReleaseWeight(weight: number): void {
    if (weight === this.preReleaseWeight) return;
    this.preReleaseWeight = weight;
    for (let p = 0; p < PROVIDER_COUNT; p++) {
      this.providerWeighted[p] = this.providerCases[p] - this.providerPreRelease[p] + weight * this.providerPreRelease[p];
    }
  }

  /** Adds (sign +1) or removes (-1) one person; `region` counts only for people with a provider. */
  add(state: number, band: number, provider: number, rosh: number, region: number, sign: number): void {
    this.state[state] += sign;
    if (state === PersonState.Custody) this.custodyBand[band] += sign;
    if (provider < 0) return;
    const preRelease = state === PersonState.Custody || state === PersonState.Recall;
    this.providerCases[provider] += sign;
    this.providerWeighted[provider] += preRelease ? sign * this.preReleaseWeight : sign;
    if (preRelease) this.providerPreRelease[provider] += sign;
    this.kindCases[PROVIDER_KIND[provider]] += sign;
    this.roshCases[rosh] += sign;
    this.regionCases[region] += sign;
    if (preRelease) this.preRelease += sign;
    else this.community += sign;
  }
}
