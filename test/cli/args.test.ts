import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../cli/args';
import type { RunCommand } from '../../cli/runArgs';
import { suggestion } from '../../cli/suggestion';
import { UsageError } from '../../cli/errors';
import { commandTable } from '../../cli/commandTable';
import { helpText } from '../../cli/helpText';

function run(...argv: string[]): RunCommand {
  const command = parseArgs(['run', ...argv]);
  if (command.command !== 'run') throw new Error(`expected run, got ${command.command}`);
  return command;
}

function usageError(argv: string[]): string {
  try {
    parseArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`expected a UsageError for ${argv.join(' ')}`);
}

describe('parseArgs: commands', () => {
  it('reads help in its several spellings', () => {
    expect(parseArgs(['help'])).toEqual({ command: 'help' });
    expect(parseArgs(['--help'])).toEqual({ command: 'help' });
    expect(parseArgs(['-h'])).toEqual({ command: 'help' });
    expect(parseArgs(['help', 'run'])).toEqual({ command: 'help', topic: 'run' });
    expect(parseArgs(['run', '--help'])).toEqual({ command: 'help', topic: 'run' });
    expect(parseArgs(['run', 'tr', '-h'])).toEqual({ command: 'help', topic: 'run' });
    expect(parseArgs(['list', '--help'])).toEqual({ command: 'help', topic: 'list' });
  });

  it('reads list and version', () => {
    expect(parseArgs(['list'])).toEqual({ command: 'list', debug: false });
    expect(parseArgs(['--version'])).toEqual({ command: 'version' });
  });

  it('rejects a missing or unknown command, suggesting the close one', () => {
    expect(usageError([])).toBe('no command given: expected one of run, compare, attribute, experiment, sweep, tornado, list, help');
    expect(usageError(['rnu'])).toBe('unknown command "rnu" (did you mean run?). Commands: run, compare, attribute, experiment, sweep, tornado, list, help.');
    expect(usageError(['--seed', '3'])).toMatch(/expected a command/);
    expect(usageError(['list', 'extra'])).toMatch(/list takes no arguments/);
    expect(usageError(['help', 'nonsense'])).toMatch(/help takes at most one command/);
  });
});

describe('the table of commands', () => {
  it('is what the general help, the help topics and the parser all know', () => {
    const general = helpText();
    for (const spec of commandTable) {
      expect(general).toContain(`sim ${spec.name} ${spec.usage}`.trimEnd());
      expect(general).toContain(spec.summary);
      expect(parseArgs(['help', spec.name])).toEqual({ command: 'help', topic: spec.name });
      expect(helpText(spec.name)).toMatch(new RegExp(`^Usage: sim ${spec.name}\\b`));
    }
  });
});

describe('parseArgs: run', () => {
  it('has defaults', () => {
    expect(run('tr')).toEqual({
      command: 'run',
      scenario: 'tr',
      replications: 1,
      overrides: [],
      format: 'table',
      quiet: false,
      debug: false,
    });
  });

  it('reads every flag, in both --flag value and --flag=value forms', () => {
    const c = run('my file.json', '--seed', '42', '--replications=5', '--format', 'csv', '--out=o.txt', '--quiet', '--debug');
    expect(c).toMatchObject({ scenario: 'my file.json', seed: 42, replications: 5, format: 'csv', out: 'o.txt', quiet: true, debug: true });
    expect(run('tr', '-r', '3', '-q', '-o', 'x.csv')).toMatchObject({ replications: 3, quiet: true, out: 'x.csv' });
  });

  it('turns --scale, --years and --set into overrides in the order given', () => {
    const c = run('tr', '--scale', '0.01', '--set', 'timeline.initial.ora=false', '--years=2', '--set', 'simulation.scale=0.02');
    expect(c.overrides).toEqual([
      { path: 'simulation.scale', value: '0.01' },
      { path: 'timeline.initial.ora', value: 'false' },
      { path: 'simulation.years', value: '2' },
      { path: 'simulation.scale', value: '0.02' },
    ]);
  });

  it('keeps everything after the first = in a --set value, and allows an empty value', () => {
    expect(run('tr', '--set', 'description=a=b').overrides).toEqual([{ path: 'description', value: 'a=b' }]);
    expect(run('tr', '--set', 'description=').overrides).toEqual([{ path: 'description', value: '' }]);
    expect(run('tr', '--set', 'timeline.changes[1].set.ora=true').overrides).toEqual([{ path: 'timeline.changes[1].set.ora', value: 'true' }]);
  });

  it('infers the format from --out unless --format is given', () => {
    expect(run('tr', '--out', 'r.JSON').format).toBe('json');
    expect(run('tr', '--out', 'r.csv').format).toBe('csv');
    expect(run('tr', '--out', 'r.txt').format).toBe('table');
    expect(run('tr', '--out', 'r.csv', '--format', 'json').format).toBe('json');
  });

  it('names the problem in every error', () => {
    expect(usageError(['run', 'tr', '--sed', '1'])).toBe('unknown option --sed (did you mean --seed?). See "sim help run".');
    expect(usageError(['run', 'tr', '--colour'])).toBe('unknown option --colour. See "sim help run".');
    expect(usageError(['run', 'tr', '--seed'])).toBe('missing value for --seed');
    expect(usageError(['run', 'tr', '--out', '--quiet'])).toBe('missing value for --out');
    expect(usageError(['run', 'tr', '--out', '-q'])).toBe('missing value for --out');
    expect(usageError(['compare', 'tr', 'unified', '-o', '-r', '3'])).toBe('missing value for --out');
    expect(usageError(['run', 'tr', '--replications', 'zero'])).toBe(
      '--replications must be a whole number from 1 to 10000, got "zero"',
    );
    expect(usageError(['run', 'tr', '--replications', '0'])).toMatch(/--replications must be a whole number from 1/);
    expect(usageError(['run', 'tr', '--replications', '2.5'])).toMatch(/--replications must be a whole number/);
    expect(usageError(['run', 'tr', '--seed', '-1'])).toMatch(/--seed must be a whole number from 0 to 2147483647, got "-1"/);
    expect(usageError(['run', 'tr', '--seed', '1e3'])).toMatch(/--seed must be a whole number/);
    expect(usageError(['run', 'tr', '--scale', 'abc'])).toBe('--scale must be a number, got "abc"');
    expect(usageError(['run', 'tr', '--scale', '0x10'])).toMatch(/--scale must be a number/);
    expect(usageError(['run', 'tr', '--scale='])).toMatch(/--scale must be a number, got ""/);
    expect(usageError(['run', 'tr', '--scale', 'Infinity'])).toMatch(/--scale must be a number/);
    expect(usageError(['run', 'tr', '--years', '1.5'])).toMatch(/--years must be a whole number/);
    expect(usageError(['run', 'tr', '--format', 'xml'])).toBe('--format must be one of table, json, csv, got "xml"');
    expect(usageError(['run', 'tr', '--set', 'novalue'])).toMatch(/--set expects path=value/);
    expect(usageError(['run', 'tr', '--set', '=1'])).toMatch(/--set expects path=value/);
    expect(usageError(['run', 'tr', '--quiet=yes'])).toMatch(/--quiet takes no value/);
    expect(usageError(['run', 'tr', '--seed', '1', '--seed', '2'])).toBe('--seed given more than once');
    expect(usageError(['run'])).toMatch(/run needs a scenario/);
    expect(usageError(['run', 'tr', 'unified'])).toMatch(/run takes one scenario, got also "unified"/);
    expect(usageError(['run', 'tr', '--out', ' '])).toMatch(/--out needs a file name/);
  });

  it('accepts numbers in ordinary decimal forms', () => {
    expect(run('tr', '--scale', '.5').overrides[0].value).toBe('.5');
    expect(run('tr', '--scale', '1e-2').overrides[0].value).toBe('1e-2');
  });
});

describe('suggestion', () => {
  it('suggests only close words', () => {
    expect(suggestion('--replication', ['--replications', '--seed'])).toBe(' (did you mean --replications?)');
    expect(suggestion('--zzzzzz', ['--seed'])).toBe('');
  });
});
