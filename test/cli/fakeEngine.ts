// A tiny stand-in for the engine, so the CLI's plumbing (replications, overrides, outputs, exit
// codes) is tested in-process and fast; the real engine is exercised by e2e.test.ts.
import type { Engine } from '../../cli/engine';
import type { CliIO } from '../../cli/io';

class ScenarioError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScenarioError';
  }
}

export interface FakeScenario {
  format: string;
  name: string;
  description: string;
  simulation: { seed: number; scale: number; years: number; warmupYears: number };
}

export function fakeEngine(options: { failOnReplication?: number; infiniteCostOnReplication?: number } = {}) {
  const calls: { seed?: number; replication?: number; scale: number }[] = [];
  const builtInScenarios: Record<string, unknown> = {
    tr: { format: 'fake', name: 'Transforming Rehabilitation', description: 'NPS and 21 CRCs.', simulation: { seed: 7, scale: 0.1, years: 5, warmupYears: 1 } },
    unified: { format: 'fake', name: 'Unified', description: 'One NPS.', simulation: { seed: 7, scale: 0.1, years: 5, warmupYears: 1 } },
  };
  const engine = {
    ENGINE_VERSION: '9.9.9',
    builtInScenarios,
    restoreScenario(raw: unknown) {
      const value = (typeof raw === 'string' ? JSON.parse(raw) : raw) as FakeScenario;
      if (value?.format !== 'fake') throw new ScenarioError('format: expected "fake"');
      return structuredClone(value);
    },
    applyOverride(scenario: FakeScenario, path: string, valueText: string) {
      const [group, key] = path.split('.');
      if (group !== 'simulation' || !(key in scenario.simulation)) throw new ScenarioError(`${path}: no such parameter`);
      const next = structuredClone(scenario);
      (next.simulation as Record<string, number>)[key] = Number(valueText);
      return next;
    },
    runSimulation(scenario: FakeScenario, opts: { seed?: number; replication?: number; onProgress?: (p: { fraction: number; date: string }) => void }) {
      calls.push({ seed: opts.seed, replication: opts.replication, scale: scenario.simulation.scale });
      if (opts.replication === options.failOnReplication) throw new Error('engine exploded');
      for (const fraction of [0, 0.5, 1]) opts.onProgress?.({ fraction, date: `2015-0${1 + Math.round(fraction * 8)}-01` });
      const provenance = {
        engineVersion: '9.9.9',
        scenarioName: scenario.name,
        scenarioHash: 'fakehash',
        seed: opts.seed ?? scenario.simulation.seed,
        replication: opts.replication ?? 0,
        scale: scenario.simulation.scale,
      };
      return { provenance, weeks: [], series: {} };
    },
    summarize(result: { provenance: { replication: number } }) {
      const r = result.provenance.replication;
      return {
        caseload: { total: 1000 + 10 * r, crc: NaN },
        reoffending: { binary: 0.25 + r / 100 },
        provenance: result.provenance,
      };
    },
    money(result: { provenance: { replication: number } }) {
      const r = result.provenance.replication;
      return {
        // CRC profit is a loss in replication 1 only: its probability of loss over 3 replications is 1/3.
        report: { priceYear: 2016, crcs: [{ slug: 'london', profit: r, breakEvenReductionPoints: NaN }] },
        summary: { publicCostPerYear: r === options.infiniteCostOnReplication ? Infinity : 1e9 + r, crc: { byCrc: { london: { profitPerYear: r === 1 ? -5e6 : 2e6 + r, probabilityOfLoss: r === 1 ? 1 : 0 } } } },
        ledger: [
          { date: '2015-03-01', payer: 'MoJ', payee: 'CRC london', mechanism: 'ffs', area: 'london', period: '2015-02', amount: 1000 + r },
          { date: '2015-03-01', payer: 'MoJ', payee: 'CRC london', mechanism: 'serviceCredits', area: '=HYPERLINK("x")', period: '2015-02', amount: -50 },
        ],
      };
    },
    hashOf: () => 'fallbackhash',
    // Fake scenarios have no timeline, so no override of theirs can be undone by one.
    shadowedOverrides: () => [],
    datedShadows: () => [],
  };
  return { engine: engine as unknown as Engine, calls };
}

export function captureIO(isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), stderrIsTTY: isTTY, now: () => 0 };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
