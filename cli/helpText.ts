// What "sim help [command]" prints: a command's own text, or the general help, whose list of
// commands is built from the table of commands so it cannot fall behind it.
import { commandSpec, commandTable } from './commandTable';
import type { HelpTopic } from './args';

export function helpText(topic?: HelpTopic): string {
  return topic === undefined ? generalHelp() : commandSpec(topic)!.help;
}

function generalHelp(): string {
  const line = (usage: string, summary: string) => `  ${usage.padEnd(38)}${summary}`;
  const usages = [
    ...commandTable.map((spec) => line(`sim ${spec.name}${spec.usage === '' ? '' : ` ${spec.usage}`}`, spec.summary)),
    line('sim help [command]', 'show help (also --help, -h)'),
    line('sim --version', 'print the engine version'),
  ];
  return `probation-sim: run the probation model headless.

Usage:
${usages.join('\n')}

Flags and arguments may come in any order after the command.
From the repository: npm run -s sim -- <command> ...  (-s keeps npm's own lines out of stdout)

Exit codes: 0 ok, 2 bad usage or input, 1 unexpected error.
See docs/cli.md for details.
`;
}
