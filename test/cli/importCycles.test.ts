// cli/ has no import cycle (type-only imports included): a cycle makes the order in which modules
// initialise matter and hides which file owns a concept, as args.ts ↔ experimentArgs.ts once did.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const cliFolder = path.resolve(__dirname, '../../cli');

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The files of `folder` that `file` imports (static, type-only or dynamic), by relative path. */
function importsOf(file: string, inFolder: Set<string>): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*)'(\.[^']+)'/g)].map((m) => m[1]);
  return specifiers
    .map((s) => path.resolve(path.dirname(file), s))
    .map((target) => [target, `${target}.ts`, path.join(target, 'index.ts')].find((candidate) => inFolder.has(candidate)))
    .filter((target): target is string => target !== undefined);
}

/** One cycle as a list of files (first repeated at the end), or undefined. */
export function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('cli/ imports', () => {
  it('finds a cycle when there is one (so the next check can fail)', () => {
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', ['b']], ['b', []], ['c', ['a', 'b']]]))).toBeUndefined();
  });

  it('form no cycle', () => {
    const files = sourceFiles(cliFolder);
    const inFolder = new Set(files);
    const graph = new Map(files.map((file) => [file, importsOf(file, inFolder)]));
    expect(graph.get(path.join(cliFolder, 'args.ts'))!.length, 'the import reader finds args.ts imports').toBeGreaterThan(0);
    const cycle = findCycle(graph);
    expect(cycle?.map((file) => path.relative(cliFolder, file)).join(' → ')).toBeUndefined();
  });
});
