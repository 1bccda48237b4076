// Risk escalation: while supervised, a person's risk of serious harm can rise a tier (low to
// medium, medium to high). Under TR a CRC case that becomes high RoSH transfers to the NPS after a
// handover delay (REFERENCE.md "allocation under TR"); invariant checked by tests: no high-RoSH case
// stays with a CRC longer than that delay.
import type { Simulation } from '../engine/simulation';
import { EventKind } from '../engine/eventQueue';
import { Clock } from '../engine/people';
import { PROVIDER_KIND, ProviderKindCode, npsProviderOf } from '../engine/geography';
import { FLOW_ESCALATIONS, FLOW_TRANSFERS } from '../observe/flowIndex';
import { HIGH_ROSH } from './allocation';

const TIER_NAMES = ['low', 'medium', 'high', 'very high'];

/** The last day of the current supervision: escalation is only assessed while supervised. */
function supervisionEnd(sim: Simulation, id: number): number {
  const p = sim.people;
  return Math.max(p.sentenceEnd(id), p.pssEnd(id));
}

export function scheduleEscalation(sim: Simulation, id: number): void {
  const p = sim.people;
  const version = p.advance(id, Clock.Escalation);
  if (p.rosh(id) >= HIGH_ROSH || p.provider(id) < 0) return;
  const rate = sim.params.escalationPerDay;
  if (!(rate > 0)) return;
  const day = sim.today + Math.max(1, Math.ceil(sim.rng.escalation.exponential() / rate));
  if (day < supervisionEnd(sim, id)) sim.schedule(day, EventKind.Escalation, id, version);
}

export function onEscalation(sim: Simulation, id: number): void {
  const p = sim.people;
  const rosh = p.rosh(id) + 1;
  sim.change(id, p.state(id), p.provider(id), rosh);
  sim.countFlow(FLOW_ESCALATIONS);
  if (sim.journeys.on(id)) sim.journeys.record(id, 'escalated', `risk of serious harm rose to ${TIER_NAMES[rosh]}`);
  if (rosh < HIGH_ROSH) {
    scheduleEscalation(sim, id);
    return;
  }
  p.setHighRoshSince(id, sim.today);
  if (!isCrcCaseUnderTr(sim, id)) return;
  const delay = sim.params.raw.risk.handoverDelayDays;
  if (delay === 0) transferToNps(sim, id);
  else sim.schedule(sim.today + delay, EventKind.Transfer, id, 0);
}

export function onTransfer(sim: Simulation, id: number): void {
  const p = sim.people;
  const due = p.highRoshSince(id) + sim.params.raw.risk.handoverDelayDays;
  if (isCrcCaseUnderTr(sim, id) && p.rosh(id) >= HIGH_ROSH && sim.today >= due) transferToNps(sim, id);
}

function isCrcCaseUnderTr(sim: Simulation, id: number): boolean {
  const provider = sim.people.provider(id);
  return sim.switches.operatingModel === 'tr' && provider >= 0 && PROVIDER_KIND[provider] === ProviderKindCode.Crc;
}

function transferToNps(sim: Simulation, id: number): void {
  const p = sim.people;
  sim.change(id, p.state(id), npsProviderOf(p.area(id)), p.rosh(id));
  sim.countFlow(FLOW_TRANSFERS);
  if (sim.journeys.on(id)) sim.journeys.record(id, 'transferred', `transferred to ${sim.journeys.providerName(p.provider(id))}: risk of serious harm rose to high`);
}
