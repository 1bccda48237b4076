// What every output format renders: the aggregated KPIs and the provenance of the run.
// Kept apart from the formatters so that table, JSON and CSV show exactly the same facts.
import type { Provenance } from '../model/index';
import type { Override } from './commonFlags';
import type { AggregatedKpis } from './kpis';
import type { ExperimentCommandName } from './experimentArgs';
import type { ExperimentReport } from '../experiments/report';

/** The engine's provenance of one replication, as it reported it. */
export type ReplicationProvenance = Provenance;

export interface CliProvenance {
  engineVersion: string;
  scenarioName: string;
  /** Hash of the scenario after all overrides: the scenario that actually ran. */
  scenarioHash: string;
  /** Master seed shared by all replications (replication r draws from its own streams). */
  seed: number;
  replications: number;
  scale: number;
  years: number;
  /** --scale, --years and --set, in the order applied. */
  overrides: Override[];
  /** One entry per replication, in replication order. */
  runs: ReplicationProvenance[];
  cli: 'probation-sim';
}

export interface Report {
  kpis: AggregatedKpis;
  provenance: CliProvenance;
}

/** The provenance of an experiment command's report (compare, experiment, sweep, tornado). */
export interface ExperimentProvenance {
  cli: 'probation-sim';
  command: ExperimentCommandName;
  engineVersion: string;
  experiment: string;
  seed: number;
  replications: ExperimentReport['replications'];
  requestedReplications: ExperimentReport['requestedReplications'];
  workers: number;
  commonRandomNumbers: boolean;
  cancelled: ExperimentReport['cancelled'];
  variants: ExperimentReport['variants'];
}
