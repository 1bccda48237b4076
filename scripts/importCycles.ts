// Finding import cycles among source files, without dependencies: the relative imports of each
// .ts/.tsx file (type-only imports and re-exports included, since a cycle of types couples files
// as much as one of values), then the strongly connected components of that graph (Tarjan). A
// component of more than one file, or a file that imports itself, is a cycle.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** File → the files it imports, as absolute paths (or any names, for tests). */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

// `import … from '…'`, `import '…'`, `export … from '…'`, `import type … from '…'`, dynamic `import('…')`.
const SPECIFIER = /(?:^|[;\s])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/**
 * The source with its comments blanked out, strings kept: a scan, because a comment can hold
 * quotes or `/*` and a string can hold `//`. (Regular-expression literals are not told from
 * division; an import line never needs them.)
 */
export function withoutComments(source: string): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const pair = source.slice(i, i + 2);
    if (pair === '//') {
      const end = source.indexOf('\n', i);
      i = end < 0 ? source.length : end;
    } else if (pair === '/*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 2;
      out += ' ';
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < source.length && source[j] !== c) j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The relative module specifiers a source text imports or re-exports from. */
export function relativeSpecifiers(source: string): string[] {
  const found: string[] = [];
  for (const match of withoutComments(source).matchAll(SPECIFIER)) {
    const specifier = match[1] ?? match[2];
    if (specifier.startsWith('.')) found.push(specifier);
  }
  return found;
}

function sourceFilesUnder(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(folder)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) files.push(...sourceFilesUnder(path));
    else if (/\.tsx?$/.test(entry) && !entry.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

/** The file a relative specifier names: as written, or with .ts/.tsx, or its folder's index. */
function resolveSpecifier(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier.replace(/\.js$/, ''));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile());
}

/** The import graph of every source file under `folders`, kept to edges between those files. */
export function importGraphOf(folders: readonly string[]): Map<string, string[]> {
  const files = folders.flatMap((folder) => sourceFilesUnder(resolve(folder)));
  const inScope = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = relativeSpecifiers(readFileSync(file, 'utf8'))
      .map((specifier) => resolveSpecifier(file, specifier))
      .filter((target): target is string => target !== undefined && inScope.has(target));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every cycle: each strongly connected component of more than one file, or a file importing itself. */
export function findCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let next = 0;
  // Iterative, so a long chain of imports cannot overflow the call stack.
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work: { node: string; edge: number }[] = [{ node: root, edge: 0 }];
    index.set(root, next);
    low.set(root, next++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const edges = graph.get(frame.node) ?? [];
      if (frame.edge < edges.length) {
        const target = edges[frame.edge++];
        if (!index.has(target)) {
          index.set(target, next);
          low.set(target, next++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, edge: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      const selfImport = (graph.get(frame.node) ?? []).includes(frame.node);
      if (component.length > 1 || selfImport) cycles.push(component.sort());
    }
  }
  return cycles;
}

/** One cycle in words: its files, and for each the files of the cycle it imports. */
export function describeCycle(cycle: readonly string[], graph: ImportGraph, root: string): string {
  const members = new Set(cycle);
  const lines = cycle.map((file) => {
    const within = (graph.get(file) ?? []).filter((target) => members.has(target));
    return `  ${relative(root, file)} → ${within.map((target) => relative(root, target)).join(', ')}`;
  });
  return `Import cycle of ${cycle.length} file(s):\n${lines.join('\n')}`;
}
