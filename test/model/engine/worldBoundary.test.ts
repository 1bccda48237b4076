// The boundaries between rules and observation (DESIGN.md §6, docs/model.md "World and
// observers"): processes see only the World and announce through the Observer interface;
// observers know no rule; a person's standing changes, and people enter and leave, only through
// World.change/enter/leave, which keep the stocks exact and tell the observer.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relativeSpecifiers, withoutComments } from '../../../scripts/importCycles';

const MODEL = resolve(__dirname, '../../../model');

function sources(folder: string): { file: string; text: string; imports: string[] }[] {
  return readdirSync(join(MODEL, folder))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => {
      const text = readFileSync(join(MODEL, folder, name), 'utf8');
      const imports = relativeSpecifiers(text).map((specifier) => resolve(join(MODEL, folder), specifier).slice(MODEL.length + 1));
      return { file: `${folder}/${name}`, text: withoutComments(text), imports };
    });
}

describe('the world and its observers', () => {
  it('processes see the World, not the Simulation, and reach observation only through the Observer interface', () => {
    for (const { file, imports } of sources('processes')) {
      expect(imports, file).not.toContain('engine/simulation');
      for (const target of imports.filter((path) => path.startsWith('observe/'))) {
        expect(['observe/observer', 'observe/flowIndex'], `${file} imports ${target}`).toContain(target);
      }
    }
  });

  it('observers import no rule and not the Simulation', () => {
    for (const { file, imports } of sources('observe')) {
      expect(imports.filter((path) => path.startsWith('processes/')), file).toEqual([]);
      expect(imports, file).not.toContain('engine/simulation');
    }
  });

  it('only the World changes a standing, admits or frees a person, or touches the stocks', () => {
    const forbidden = /\.(setState|setProvider|setRosh|free)\(|\.stocks\.add\(/;
    for (const { file, text } of [...sources('processes'), ...sources('observe')]) {
      expect(text.split('\n').filter((line) => forbidden.test(line)), file).toEqual([]);
    }
  });
});
