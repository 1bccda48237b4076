// The electronegativity gate: its report and verdict, and the real tool run offline over a small app
// with a HIGH misconfiguration (the gate must fail) and over a hardened one (it must pass).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countBySeverity,
  describeFindings,
  findingFromIssue,
  findingsCsv,
  gateFailures,
  type Finding,
} from '../../scripts/electronegativityReport';

const root = path.resolve(__dirname, '..', '..');

const finding = (over: Partial<Finding>): Finding => ({
  id: 'PRELOAD_JS_CHECK',
  severity: 'MEDIUM',
  confidence: 'FIRM',
  file: 'setup/mainWindow.ts',
  line: 20,
  column: 6,
  sample: 'preload: preloadPath,',
  description: 'Review the use of preload scripts',
  ...over,
});

describe('the electronegativity report', () => {
  it('reads the issues the runner returns', () => {
    const issue = {
      id: 'CONTEXT_ISOLATION_JS_CHECK',
      severity: { name: 'HIGH' },
      confidence: { name: 'FIRM' },
      file: 'main.js',
      location: { line: 2, column: 10 },
      sample: null,
      description: 'Review the use of the contextIsolation option',
    };
    expect(findingFromIssue(issue)).toEqual({
      id: 'CONTEXT_ISOLATION_JS_CHECK',
      severity: 'HIGH',
      confidence: 'FIRM',
      file: 'main.js',
      line: 2,
      column: 10,
      sample: '',
      description: 'Review the use of the contextIsolation option',
    });
    expect(() => findingFromIssue({ ...issue, severity: { name: 'SEVERE' } })).toThrow(/unknown severity "SEVERE"/);
  });

  it("writes the CLI's columns, quoting fields with commas or quotes", () => {
    const csv = findingsCsv([finding({ sample: 'new BrowserWindow({ a: "b", c })' })]);
    expect(csv.split('\n')[0]).toBe('issue,severity,confidence,filename,location,sample,description,url');
    expect(csv.split('\n')[1]).toBe(
      'PRELOAD_JS_CHECK,MEDIUM,FIRM,setup/mainWindow.ts,20:6,"new BrowserWindow({ a: ""b"", c })",Review the use of preload scripts,https://github.com/doyensec/electronegativity/wiki/PRELOAD_JS_CHECK',
    );
  });

  it('counts by severity and lists the most severe first', () => {
    const findings = [finding({}), finding({ id: 'X', severity: 'HIGH', file: 'N/A', line: 0 })];
    expect(countBySeverity(findings)).toEqual({ HIGH: 1, MEDIUM: 1, LOW: 0, INFORMATIONAL: 0 });
    expect(describeFindings(findings)[0]).toMatch(/^HIGH .* X .*\(whole app\)/);
    expect(describeFindings(findings)[1]).toContain('setup/mainWindow.ts:20');
  });

  it('fails the gate on a HIGH finding or a file it could not parse, and only then', () => {
    expect(gateFailures([finding({})], [{ file: 'a.ts', message: 'warning', tolerable: true }])).toEqual([]);
    expect(gateFailures([finding({ severity: 'HIGH', id: 'NODE_INTEGRATION_JS_CHECK' })], [])).toEqual([
      'HIGH NODE_INTEGRATION_JS_CHECK at setup/mainWindow.ts:20: Review the use of preload scripts',
    ]);
    expect(gateFailures([], [{ file: 'b.ts', message: 'Unexpected token', tolerable: false }])).toEqual([
      'could not parse b.ts (Unexpected token), so it was not checked',
    ]);
  });
});

describe('npm run security:electron (the real tool, offline)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'electronegativity-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function runGate(app: string) {
    const appDir = mkdtempSync(path.join(dir, 'app-'));
    writeFileSync(path.join(appDir, 'main.js'), app);
    const csv = path.join(appDir, 'report.csv');
    const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const result = spawnSync(process.execPath, [tsx, path.join(root, 'scripts', 'electronegativity.ts'), appDir, csv], { encoding: 'utf8', cwd: root });
    return { ...result, csv: readFileSync(csv, 'utf8') };
  }

  it('fails on a window without context isolation, naming the check, file and line', () => {
    const result = runGate(
      "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { contextIsolation: false } });\n",
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('HIGH CONTEXT_ISOLATION_JS_CHECK at main.js:2');
    expect(result.stdout).toMatch(/HIGH [1-9]\d*, MEDIUM \d+, LOW \d+, INFORMATIONAL \d+/);
    expect(result.csv).toContain('CONTEXT_ISOLATION_JS_CHECK,HIGH,');
  });

  it('passes a hardened window that limits navigation', () => {
    const result = runGate(
      [
        "const { app, BrowserWindow, session } = require('electron');",
        'app.on("web-contents-created", (_e, contents) => {',
        '  contents.on("will-navigate", (event) => event.preventDefault());',
        '  contents.setWindowOpenHandler(() => ({ action: "deny" }));',
        '});',
        'session.defaultSession.setPermissionRequestHandler((_c, _p, callback) => callback(false));',
        'new BrowserWindow({ webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false } });',
      ].join('\n'),
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('HIGH 0,');
    expect(result.stdout).toContain('electronegativity: no HIGH findings.');
  });
});
