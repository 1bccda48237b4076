// `sim run <scenario> [options]`: its flags and the RunCommand they make. Pure; the flags may come
// in any order and around the scenario (see flags.ts and commonFlags.ts).
import * as path from 'node:path';
import { UsageError } from './errors';
import { parseFileName, rejectRepeats, type FlagTable, type RawFlag } from './flags';
import { applyCommonFlag, chooseFormat, outputFlags, overrideFlags, type OutputFormat, type Override } from './commonFlags';

export interface RunCommand {
  command: 'run';
  scenario: string;
  seed?: number;
  replications: number;
  overrides: Override[];
  out?: string;
  /** Write every money ledger entry of every replication to this CSV file. */
  ledger?: string;
  /** Write each replication's money report (P&L, cash flow, PbR by cohort, public cost by year) to this JSON file. */
  money?: string;
  format: OutputFormat;
  quiet: boolean;
  debug: boolean;
}

export const runFlags: FlagTable = {
  ...outputFlags,
  ...overrideFlags,
  '--ledger': 'value',
  '--money': 'value',
};

const REPEATABLE = new Set(['--set']);

export function parseRun(positionals: readonly string[], flags: readonly RawFlag[]): RunCommand {
  rejectRepeats(flags, REPEATABLE);
  const command: RunCommand = { command: 'run', scenario: '', replications: 1, overrides: [], format: 'table', quiet: false, debug: false };
  for (const { name, value } of flags) {
    if (applyCommonFlag(command, name, value)) continue;
    if (name === '--ledger') command.ledger = parseFileName(name, value);
    else if (name === '--money') command.money = parseFileName(name, value);
  }
  chooseFormat(command, flags);
  if (positionals.length === 0) throw new UsageError('run needs a scenario: a built-in name (see "sim list") or a .json file');
  if (positionals.length > 1) throw new UsageError(`run takes one scenario, got also "${positionals[1]}"`);
  command.scenario = positionals[0];
  checkDistinctFiles(command);
  return command;
}

/** --out, --ledger and --money must be different files: one would silently overwrite another. */
function checkDistinctFiles(command: RunCommand): void {
  const files = [['--out', command.out], ['--ledger', command.ledger], ['--money', command.money]].filter(
    (f): f is [string, string] => f[1] !== undefined,
  );
  for (let i = 0; i < files.length; i++) {
    for (let j = i + 1; j < files.length; j++) {
      if (path.resolve(files[i][1]) === path.resolve(files[j][1])) {
        throw new UsageError(`${files[i][0]} and ${files[j][0]} name the same file: give them different names`);
      }
    }
  }
}
