// End to end: the real CLI in a child process, with the real engine and a built-in scenario.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function sim(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'cli/main.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 110_000 });
  // npx itself may warn about the machine's npm configuration; those lines are not the CLI's.
  const stderr = result.stderr.split('\n').filter((line) => !line.startsWith('npm warn')).join('\n');
  return { code: result.status, stdout: result.stdout, stderr };
}

type Leaf = { mean: number | null; ci95: [number, number] | null; n: number };

function leaves(node: unknown, prefix = ''): [string, Leaf][] {
  const record = node as Record<string, unknown>;
  if ('mean' in record && 'ci95' in record && 'n' in record) return [[prefix, record as unknown as Leaf]];
  return Object.entries(record).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

describe('sim (end to end)', () => {
  it('runs a built-in scenario and prints the JSON summary', () => {
    const { code, stdout, stderr } = sim('run', 'tr', '--scale', '0.01', '--years', '2', '--format', 'json', '--quiet');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['summary', 'provenance']);
    expect(json.summary.provenance).toBeUndefined();
    const all = leaves(json.summary);
    expect(all.length).toBeGreaterThan(5);
    for (const [kpi, leaf] of all) {
      expect(leaf.ci95, kpi).toBeNull();
      if (leaf.mean === null) expect(leaf.n, kpi).toBe(0);
      else {
        expect(Number.isFinite(leaf.mean), kpi).toBe(true);
        expect(leaf.n, kpi).toBe(1);
      }
    }
    expect(json.summary.caseload.total.mean).toBeGreaterThan(0);
    expect(json.provenance).toMatchObject({ cli: 'probation-sim', replications: 1, scale: 0.01, years: 2 });
    expect(json.provenance.overrides).toEqual([
      { path: 'simulation.scale', value: '0.01' },
      { path: 'simulation.years', value: '2' },
    ]);
    expect(json.provenance.runs).toHaveLength(1);
    expect(json.provenance.runs[0]).toMatchObject({ replication: 0, seed: json.provenance.seed, scale: 0.01 });
    expect(json.provenance.scenarioHash).toMatch(/^[0-9a-f]+$/);
  });

  it('turns a run into money: the ledger CSV adds up to the money KPIs', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'sim-e2e-'));
    try {
      const ledgerFile = path.join(folder, 'ledger.csv');
      const { code, stdout } = sim('run', 'tr', '--scale', '0.02', '--format', 'json', '--quiet', '--ledger', ledgerFile);
      expect(code).toBe(0);
      const money = JSON.parse(stdout).summary.money;
      for (const name of ['publicCostPerYear', 'crc.revenuePerYear', 'crc.profitPerYear', 'crc.pbrPerYear', 'crc.serviceCreditsPerYear', 'crc.probabilityOfLoss']) {
        const leaf = name.split('.').reduce((node, key) => node[key], money);
        expect(Number.isFinite(leaf.mean), name).toBe(true);
      }
      const rows = readFileSync(ledgerFile, 'utf8').split('\r\n').filter((r) => r !== '' && !r.startsWith('#')).slice(1).map((r) => r.split(','));
      // The tr contract runs 2015-02 to 2022-01: seven contract years inside the run (2012-2023).
      const london = rows.filter((r) => r[3] === 'CRC london').reduce((total, r) => total + Number(r[7]), 0);
      expect(london / 7).toBeCloseTo(money.crc.byCrc.london.revenuePerYear.mean, 0);
      const mechanisms = new Set(rows.map((r) => r[4]));
      for (const m of ['ffs', 'feeForUse', 'crcStaff', 'probationStaff', 'prisonPlaces', 'reoffending']) expect(mechanisms.has(m), m).toBe(true);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('exits 2 naming an unknown parameter', () => {
    const { code, stdout, stderr } = sim('run', 'tr', '--set', 'parameters.nope=1', '--quiet');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/nope/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 naming a bad number of replications', () => {
    const { code, stderr } = sim('run', 'tr', '--replications', 'zero');
    expect(code).toBe(2);
    expect(stderr).toMatch(/--replications must be a whole number .*"zero"/);
  });

  it('exits 2 listing the built-in names for an unknown scenario', () => {
    const { code, stderr } = sim('run', 'nonesuch');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: unknown scenario "nonesuch": not a built-in name \(.*\)/);
    for (const name of ['trusts', 'tr', 'unified', 'as-happened']) expect(stderr).toContain(name);
  });

  it('lists the built-in scenarios', () => {
    const { code, stdout } = sim('list');
    expect(code).toBe(0);
    for (const name of ['trusts', 'tr', 'unified', 'as-happened']) expect(stdout).toMatch(new RegExp(`\\n  ${name}\\s`));
  });
});
