// The import-cycle check that `npm run lint` runs (scripts/checkImportCycles.ts): its cycle finder
// on small graphs, its reading of import lines, and the whole check on files written for the test.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findCycles, importGraphOf, relativeSpecifiers } from '../../scripts/importCycles';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

describe('findCycles', () => {
  it('finds a cycle, with exactly its files, among files that are not in it', () => {
    const cycles = findCycles(
      graph({
        simulation: ['court', 'recorder'],
        court: ['sentencing'],
        sentencing: ['breach', 'people'],
        breach: ['court'],
        recorder: ['people'],
        people: [],
      }),
    );
    expect(cycles).toEqual([['breach', 'court', 'sentencing']]);
  });

  it('passes an acyclic graph, however many paths join', () => {
    const cycles = findCycles(
      graph({
        simulation: ['processes', 'observers', 'world'],
        processes: ['world', 'people'],
        observers: ['world', 'people'],
        world: ['people', 'observer'],
        observer: [],
        people: [],
      }),
    );
    expect(cycles).toEqual([]);
  });

  it('counts a file that imports itself, and keeps two separate cycles apart', () => {
    const cycles = findCycles(graph({ a: ['a'], b: ['c'], c: ['b'], d: ['e'], e: ['d'] }));
    expect(cycles).toEqual([['a'], ['b', 'c'], ['d', 'e']]);
  });
});

describe('relativeSpecifiers', () => {
  it('reads imports, type-only imports and re-exports, and ignores packages and comments', () => {
    const source = [
      "// The simulation (model/processes/*) routes events; import { x } from './commented';",
      "import type { World } from '../engine/world';",
      "import { onCourt } from './court';",
      "export { runSimulation } from './runSimulation';",
      "export type * from './runResult';",
      "import './sideEffect';",
      "import fc from 'fast-check';",
      '/* import { y } from "./blockComment"; */',
      "const text = 'a // not a comment'; import { z } from \"./afterString\";",
    ].join('\n');
    expect(relativeSpecifiers(source)).toEqual(['../engine/world', './court', './runSimulation', './runResult', './sideEffect', './afterString']);
  });
});

describe('importGraphOf', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds a cycle that runs through a type-only import between folders', () => {
    root = mkdtempSync(join(tmpdir(), 'cycles-'));
    mkdirSync(join(root, 'engine'));
    mkdirSync(join(root, 'processes'));
    writeFileSync(join(root, 'engine', 'simulation.ts'), "import { onCourt } from '../processes/court';\n");
    writeFileSync(join(root, 'processes', 'court.ts'), "import type { Simulation } from '../engine/simulation';\n");
    writeFileSync(join(root, 'engine', 'people.ts'), 'export const A = 1;\n');
    const found = findCycles(importGraphOf([root]));
    expect(found).toEqual([[join(root, 'engine', 'simulation.ts'), join(root, 'processes', 'court.ts')]]);
  });
});
