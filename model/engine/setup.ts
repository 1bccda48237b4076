// What a run is given besides its scenario, and what it reports as it goes.

export interface SimulationSetup {
  seed: number;
  replication: number;
  scale: number;
  /** Recount every stock and check the TR handover rule every week (slow; tests only). */
  auditEveryWeek?: boolean;
  /**
   * The provenance hash of the scenario as given, when the engine runs a realized copy of it
   * (uncertain inputs drawn, runSimulation.ts); default: the hash of the scenario run.
   */
  scenarioHash?: string;
  /** The uncertain inputs' draws, for RunResult.drawn; default none. */
  drawn?: Record<string, number>;
}

export interface RunProgress {
  /** 0..1 of simulated days done, warm-up included. */
  fraction: number;
  /** The simulated date reached, YYYY-MM-DD. */
  date: string;
}
