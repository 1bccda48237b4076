// The CLI's money outputs: money.* KPIs with percentiles and the probability of a loss across
// replications, the per-CRC table, and --ledger (every entry of every replication, with
// provenance, escaped against formula injection). Driven by the fake engine.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/app';
import type { Engine } from '../../cli/engine';
import { captureIO, fakeEngine } from './fakeEngine';

let folder: string;
beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-money-'));
});
afterEach(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

async function cli(argv: string[], engine: Engine = fakeEngine().engine) {
  const { io, stdout, stderr } = captureIO(false);
  const code = await runCli(argv, io, async () => engine);
  return { code, stdout: stdout(), stderr: stderr() };
}

describe('money in sim run', () => {
  it('adds money.* to the summary, with P10/P50/P90 and the probability of a loss over replications', async () => {
    const { code, stdout } = await cli(['run', 'tr', '--replications', '3', '--format', 'json', '--quiet']);
    expect(code).toBe(0);
    const london = JSON.parse(stdout).summary.money.crc.byCrc.london;
    // Profits 2,000,000 (r0), -5,000,000 (r1), 2,000,002 (r2): one loss in three.
    expect(london.probabilityOfLoss.mean).toBeCloseTo(1 / 3, 12);
    expect(london.profitPerYear.p50).toBe(2_000_000);
    expect(london.profitPerYear.p10).toBeCloseTo(-5e6 + 0.2 * 7e6, 6);
  });

  it('shows a table per CRC instead of one KPI line per CRC figure', async () => {
    const { stdout } = await cli(['run', 'tr', '--replications', '3', '--quiet']);
    expect(stdout).not.toMatch(/money\.crc\.byCrc/);
    expect(stdout).toMatch(/CRC \(£m a contract year\)\s+profit\s+P10\s+P50\s+P90\s+P\(loss\)\s+break-even pp/);
    expect(stdout).toMatch(/london\s+-0\.3\s+-3\.6\s+2\.0\s+2\.0\s+33%/);
    expect(stdout).toMatch(/money\.publicCostPerYear\s+1,000,000,001/);
  });

  it('writes every ledger entry of every replication with --ledger, provenance first', async () => {
    const ledger = path.join(folder, 'ledger.csv');
    const { code, stderr } = await cli(['run', 'tr', '--replications', '2', '--ledger', ledger]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/wrote the ledger to .*ledger\.csv \(\d+ bytes\)/);
    const records = fs.readFileSync(ledger, 'utf8').split('\r\n');
    expect(records[0]).toBe('# cli,probation-sim');
    expect(records).toContain('# scenarioHash,fakehash');
    const header = records.indexOf('replication,date,payer,payee,mechanism,area,period,amount');
    expect(header).toBeGreaterThan(0);
    expect(records.slice(header + 1, -1)).toEqual([
      '0,2015-03-01,MoJ,CRC london,ffs,london,2015-02,1000',
      // A text cell that looks like a formula is defused and quoted.
      `0,2015-03-01,MoJ,CRC london,serviceCredits,"'=HYPERLINK(""x"")",2015-02,-50`,
      '1,2015-03-01,MoJ,CRC london,ffs,london,2015-02,1001',
      `1,2015-03-01,MoJ,CRC london,serviceCredits,"'=HYPERLINK(""x"")",2015-02,-50`,
    ]);
  });

  it('writes each replication\'s money report with --money, undefined figures as null', async () => {
    const file = path.join(folder, 'money.json');
    const { code, stderr } = await cli(['run', 'tr', '--replications', '2', '--money', file]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/wrote the money report to .*money\.json/);
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(json.provenance).toMatchObject({ scenarioHash: 'fakehash', replications: 2 });
    expect(json.replications).toEqual([
      { replication: 0, priceYear: 2016, crcs: [{ slug: 'london', profit: 0, breakEvenReductionPoints: null }] },
      { replication: 1, priceYear: 2016, crcs: [{ slug: 'london', profit: 1, breakEvenReductionPoints: null }] },
    ]);
  });

  it('refuses a --ledger that cannot be written, or that is the --out file, before running', async () => {
    const { engine, calls } = fakeEngine();
    const missing = await cli(['run', 'tr', '--ledger', path.join(folder, 'nope', 'l.csv')], engine);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot write --ledger .*l\.csv: folder .*nope does not exist/);
    const same = await cli(['run', 'tr', '--ledger', 'x.csv', '--out', './x.csv'], engine);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/--out and --ledger name the same file/);
    const clash = await cli(['run', 'tr', '--ledger', 'x.csv', '--money', 'x.csv'], engine);
    expect(clash.stderr).toMatch(/--ledger and --money name the same file/);
    expect(calls).toEqual([]);
  });
});
