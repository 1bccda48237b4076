// "sim list": the built-in scenarios with their descriptions, taken from the scenario files
// themselves so the list can never drift from what "sim run <name>" runs.
import type { Engine } from '../engine';
import type { CliIO } from '../io';
import { printable } from '../../formats/textInput';

const WRAP_COLUMNS = 100;

export function listCommand(engine: Pick<Engine, 'builtInScenarios'>, io: CliIO): number {
  const entries = Object.entries(engine.builtInScenarios).map(([key, raw]) => ({
    key,
    title: textField(raw, 'name'),
    description: textField(raw, 'description'),
  }));
  const width = Math.max(...entries.map((e) => e.key.length), 4);
  const lines: string[] = ['Built-in scenarios (run one with: sim run <name>):', ''];
  for (const { key, title, description } of entries) {
    // A title that only repeats the key adds nothing.
    const text = [title === key ? '' : title, description].filter((t) => t !== '').join(': ');
    const wrapped = wrap(text, WRAP_COLUMNS - width - 4).map((line) => printable(line));
    lines.push(`  ${key.padEnd(width)}  ${wrapped[0] ?? ''}`);
    for (const rest of wrapped.slice(1)) lines.push(`  ${' '.repeat(width)}  ${rest}`);
  }
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

function textField(raw: unknown, key: string): string {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value.trim() : '';
}

/** Greedy word wrap; a word longer than the width gets a line of its own. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
