// Every flag in every position, for every command: what a command line means must not depend on
// where a flag is written (before or after any other flag, before or after the positionals) nor
// on how it is spelled (--flag value, --flag=value, the short alias). Each command is given every
// flag it takes, and the command parsed from each ordering is checked against one expected value
// that shows every flag's effect, so a flag ignored in some position fails here.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../cli/args';
import { commandTable } from '../../cli/commandTable';
import { aliases } from '../../cli/flags';

type FlagValue = string | true;

interface Case {
  positionals: string[];
  /** Every flag of the command but --help, with a value that differs from its default. */
  flags: Record<string, FlagValue>;
  expected: Record<string, unknown>;
}

const shortForms: Record<string, string> = { '--replications': '-r', '--out': '-o', '--quiet': '-q' };

const outputFlags: Record<string, FlagValue> = {
  '--replications': '2',
  '--seed': '9',
  '--out': 'x.json',
  // csv, not the json the file name would choose: --format must win wherever it is written.
  '--format': 'csv',
  '--quiet': true,
  '--debug': true,
};
const overrideFlags: Record<string, FlagValue> = { '--scale': '0.01', '--years': '2', '--set': 'timeline.changes[2].set.ora=false' };
const overrides = [
  { path: 'simulation.scale', value: '0.01' },
  { path: 'simulation.years', value: '2' },
  { path: 'timeline.changes[2].set.ora', value: 'false' },
];
const outputExpected = { replications: 2, seed: 9, out: 'x.json', format: 'csv', quiet: true, debug: true };
const experimentFlags: Record<string, FlagValue> = { ...outputFlags, '--workers': '3', '--kpis': 'money.crc,reoffending.binary', '--cache': 'cache-dir' };
const experimentExpected = { ...outputExpected, workers: 3, kpis: ['money.crc', 'reoffending.binary'], cache: 'cache-dir', overrides: [], presets: [], independentSeeds: false };

function fileCommand(command: string): Case {
  return { positionals: ['experiment.json'], flags: experimentFlags, expected: { command, inputs: ['experiment.json'], ...experimentExpected } };
}

export const cases: Record<string, Case> = {
  run: {
    positionals: ['tr'],
    flags: { ...outputFlags, ...overrideFlags, '--ledger': 'ledger.csv', '--money': 'money.json' },
    expected: { command: 'run', scenario: 'tr', ...outputExpected, overrides, ledger: 'ledger.csv', money: 'money.json' },
  },
  compare: {
    positionals: ['tr', 'unified'],
    flags: { ...experimentFlags, ...overrideFlags, '--preset': 'volumes-30', '--independent-seeds': true },
    expected: { command: 'compare', inputs: ['tr', 'unified'], ...experimentExpected, overrides, presets: ['volumes-30'], independentSeeds: true },
  },
  attribute: {
    positionals: ['tr', 'unified'],
    flags: { ...experimentFlags, ...overrideFlags, '--preset': 'volumes-30' },
    expected: { command: 'attribute', inputs: ['tr', 'unified'], ...experimentExpected, overrides, presets: ['volumes-30'], independentSeeds: false },
  },
  experiment: fileCommand('experiment'),
  sweep: fileCommand('sweep'),
  tornado: fileCommand('tornado'),
  list: { positionals: [], flags: { '--debug': true }, expected: { command: 'list', debug: true } },
};

type Spelling = 'separate' | 'equals' | 'short';

function words(flag: string, value: FlagValue, spelling: Spelling): string[] {
  const name = spelling === 'short' ? (shortForms[flag] ?? flag) : flag;
  if (value === true) return [name];
  return spelling === 'equals' ? [`${name}=${value}`] : [name, value];
}

/**
 * Orderings of the items (each flag with its value, each positional): the written order, the
 * flags reversed, the positionals first and last, and each flag moved to just before and just
 * after every other item. Positionals keep their order among themselves (it means something).
 */
function orderings(positionals: string[][], flags: string[][]): string[][][] {
  const written = [...positionals.slice(0, 1), ...flags, ...positionals.slice(1)];
  const result = [written, [...positionals, ...flags], [...flags, ...positionals], [...positionals, ...[...flags].reverse()]];
  for (const moved of flags) {
    const others = written.filter((item) => item !== moved);
    for (let at = 0; at <= others.length; at++) result.push([...others.slice(0, at), moved, ...others.slice(at)]);
  }
  return result;
}

/** The override flags' order is kept on purpose (args.test.ts checks it); here only their set matters. */
function withOverridesSorted(command: unknown): unknown {
  const c = command as { overrides?: { path: string }[] };
  if (c.overrides === undefined) return command;
  return { ...c, overrides: [...c.overrides].sort((a, b) => a.path.localeCompare(b.path)) };
}

describe('every flag in every position, for every command', () => {
  it('covers every command of the table and every flag and alias it takes', () => {
    expect(Object.keys(cases).sort()).toEqual(commandTable.map((spec) => spec.name).sort());
    for (const spec of commandTable) {
      expect(Object.keys(spec.flags).sort(), spec.name).toEqual([...Object.keys(cases[spec.name].flags), '--help'].sort());
    }
    expect(Object.fromEntries(Object.entries(aliases).map(([short, long]) => [long, short]))).toEqual({ ...shortForms, '--help': '-h' });
  });

  for (const [command, { positionals, flags, expected }] of Object.entries(cases)) {
    for (const spelling of ['separate', 'equals', 'short'] as const) {
      it(`${command}, flags spelled ${spelling}`, () => {
        const flagItems = Object.entries(flags).map(([flag, value]) => words(flag, value, spelling));
        let checked = 0;
        for (const order of orderings(positionals.map((p) => [p]), flagItems)) {
          const argv = [command, ...order.flat()];
          expect(withOverridesSorted(parseArgs(argv)), argv.join(' ')).toEqual(expected);
          checked++;
        }
        expect(checked).toBeGreaterThan(Object.keys(flags).length);
      });
    }

    it(`${command} --help in any position asks for ${command}'s help`, () => {
      const all = [...positionals.map((p) => [p]), ...Object.entries(flags).map(([flag, value]) => words(flag, value, 'separate'))];
      for (let at = 0; at <= all.length; at++) {
        const argv = [command, ...[...all.slice(0, at), ['--help'], ...all.slice(at)].flat()];
        expect(parseArgs(argv), argv.join(' ')).toEqual({ command: 'help', topic: command });
        expect(parseArgs(argv.map((w) => (w === '--help' ? '-h' : w))), argv.join(' ')).toEqual({ command: 'help', topic: command });
      }
    });
  }

  it('help names each command as its topic', () => {
    for (const command of Object.keys(cases)) expect(parseArgs(['help', command])).toEqual({ command: 'help', topic: command });
  });

  it('reads the command line of issue 13 in full: nothing after --format is lost', () => {
    expect(parseArgs(['compare', 'tr', 'unified', '--format', 'json', '-r', '2', '--seed', '9', '--out', 'x.json'])).toMatchObject({
      replications: 2,
      seed: 9,
      out: 'x.json',
      format: 'json',
    });
  });

  it('lets the --out file choose the format, wherever --out is, when --format is not given', () => {
    for (const command of ['run', 'compare', 'experiment', 'sweep', 'tornado']) {
      const { positionals } = cases[command];
      expect(parseArgs([command, '--out', 'r.csv', '--seed', '1', ...positionals])).toMatchObject({ format: 'csv', seed: 1 });
      expect(parseArgs([command, '--seed', '1', ...positionals, '-o', 'r.json'])).toMatchObject({ format: 'json', seed: 1 });
    }
  });
});
