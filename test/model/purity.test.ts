// model/ is pure: two fences keep it so, and this checks both are standing.
// 1. ESLint (eslint.config.js) forbids platform imports and non-deterministic globals in model/**.
//    Checked with lintText and a filePath under model/, so nothing is written to disk.
// 2. model/tsconfig.json (lib ES2022, types []) has no DOM and no Node types, so `document` or
//    `process` in model/ does not compile; and model/ as a whole compiles under it.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import ts from 'typescript';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

async function lintModelText(code: string, file = 'model/engine/__purity_fixture__.ts'): Promise<ESLint.LintResult> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result;
}

function rulesFired(result: ESLint.LintResult): string[] {
  return result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('the purity lint rule for model/', () => {
  it('refuses Node, Electron, React and chart imports, and imports from the other layers', async () => {
    const imports = [
      "import { readFileSync } from 'node:fs';",
      "import path from 'path';",
      "import { Worker } from 'worker_threads';",
      "import { randomBytes } from 'crypto';",
      "import { readFile } from 'fs/promises';",
      "import { app } from 'electron';",
      "import React from 'react';",
      "import { createRoot } from 'react-dom/client';",
      "import { LineChart } from 'recharts';",
      "import { InputError } from '../../cli/errors';",
      "import { App } from '../../renderer/App';",
      "import { setup } from '../../electron/main';",
    ];
    for (const line of imports) {
      const result = await lintModelText(`${line}\nexport const used = [${line.match(/import \{?\s*(\w+)/)?.[1]}];\n`);
      expect(rulesFired(result), line).toContain('no-restricted-imports');
    }
  });

  it('refuses randomness, the clock and platform globals', async () => {
    const uses = [
      'export const x = Math.random();',
      'export const x = Date.now();',
      'export const x = new Date();',
      'export const x = performance.now();',
      'export const x = window.innerWidth;',
      'export const x = document.title;',
      'export const x = process.env.HOME;',
      "export const x = require('fs');",
    ];
    for (const code of uses) {
      const fired = rulesFired(await lintModelText(code));
      expect(fired.some((rule) => rule.startsWith('no-restricted-')), code).toBe(true);
    }
  });

  it('allows pure code and the packages model/ may use', async () => {
    const code = [
      "import { z } from 'zod';",
      "import { scenarioSchema } from '../scenario/schema';",
      'export const schema = z.object({ n: z.number() });',
      'export const day = Math.floor(Math.max(1, 2.5));',
      'export const utc = Date.UTC(2014, 5, 1);',
      'export const s = scenarioSchema;',
    ].join('\n');
    expect(rulesFired(await lintModelText(code))).toEqual([]);
  });

  it('holds finance/ to the same rules: the money runs in the same workers', async () => {
    for (const code of ["import { readFileSync } from 'node:fs';\nexport const r = readFileSync;", 'export const x = Math.random();', 'export const x = Date.now();']) {
      const fired = rulesFired(await lintModelText(code, 'finance/__purity_fixture__.ts'));
      expect(fired.some((rule) => rule.startsWith('no-restricted-')), code).toBe(true);
    }
    const tsconfig = ts.readConfigFile(path.join(root, 'finance/tsconfig.json'), ts.sys.readFile).config;
    expect(tsconfig.compilerOptions).toEqual({ lib: ['ES2022'], types: [] });
  });

  it('refuses Math.log, exp, pow and `**` in model/ and finance/, pointing to detMath (their last bit differs between V8 builds)', async () => {
    const uses = [
      'export const x = Math.log(2);',
      'export const x = Math.exp(2);',
      'export const x = Math.pow(2, 0.5);',
      'export const x = Math.log1p(0.5);',
      'export const x = Math.expm1(0.5);',
      'export const x = Math.cbrt(2);',
      'export const x = Math.sin(2);',
      "export const x = Math['log'](2);",
      'const { exp } = Math;\nexport const x = exp(1);',
      'export const x = (a: number) => 2 ** a;',
      'export let x = 3;\nx **= 2;',
    ];
    for (const file of ['model/engine/__purity_fixture__.ts', 'finance/__purity_fixture__.ts']) {
      for (const code of uses) {
        const errors = (await lintModelText(code, file)).messages.filter((m) => m.severity === 2);
        expect(errors.map((m) => m.ruleId), `${file}: ${code}`).toEqual([expect.stringMatching(/^no-restricted-(properties|syntax)$/)]);
        expect(errors[0].message, code).toContain('model/math/detMath.ts');
      }
    }
  });

  it('allows the exactly specified Math functions and the deterministic versions', async () => {
    const code = [
      "import { detExp, detLog, detPow } from '../math/detMath';",
      'export const x = Math.sqrt(2) + Math.floor(2.5) + Math.round(2.5) + Math.abs(-1) + Math.min(1, 2) + Math.trunc(1.5);',
      'export const y = detLog(2) + detExp(1) + detPow(2, 0.5) + 2 * 2;',
    ].join('\n');
    expect(rulesFired(await lintModelText(code))).toEqual([]);
  });

  it('leaves Math.log and `**` to the layers whose results are not hashed (the CLI)', async () => {
    expect(rulesFired(await lintModelText('export const x = Math.log(2) + 2 ** 3;', 'cli/__purity_fixture__.ts'))).toEqual([]);
  });

  it('applies only to model/: the CLI may read files', async () => {
    const result = await lintModelText("import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", 'cli/__purity_fixture__.ts');
    expect(rulesFired(result)).toEqual([]);
  });
});

describe('the model tsconfig', () => {
  const configPath = path.join(root, 'model/tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (parsed === undefined) throw new Error('model/tsconfig.json could not be read');

  /** Type-checks one in-memory file with model/'s compiler options; returns the error codes. */
  function compileSnippet(code: string): number[] {
    const file = path.join(root, 'model/__purity_snippet__.ts');
    const host = ts.createCompilerHost(parsed!.options);
    const readFile = host.readFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    const getSourceFile = host.getSourceFile.bind(host);
    host.readFile = (name) => (name === file ? code : readFile(name));
    host.fileExists = (name) => name === file || fileExists(name);
    host.getSourceFile = (name, languageVersion, ...rest) =>
      name === file ? ts.createSourceFile(name, code, languageVersion) : getSourceFile(name, languageVersion, ...rest);
    const program = ts.createProgram([file], { ...parsed!.options, noEmit: true }, host);
    return ts.getPreEmitDiagnostics(program).map((d) => d.code);
  }

  it('has only the ES2022 library and no ambient types', () => {
    expect(parsed.options.lib).toEqual(['lib.es2022.d.ts']);
    expect(parsed.options.types).toEqual([]);
  });

  it('does not know the DOM or Node', () => {
    // 2584: cannot find name (a DOM global); 2591: cannot find name (a Node global; "add node to types"); 2307: cannot find module.
    expect(compileSnippet('export const t = document.title;')).toEqual([2584]);
    expect(compileSnippet('export const e = process.env;')).toEqual([2591]);
    expect(compileSnippet("import { readFileSync } from 'node:fs';\nexport const r = readFileSync;")).toEqual([2307]);
    expect(compileSnippet('export const n: number = Math.max(1, 2);')).toEqual([]);
  });

  it('compiles model/ with no errors', () => {
    const program = ts.createProgram(parsed.fileNames, { ...parsed.options, noEmit: true });
    const errors = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file ? `${path.relative(root, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(errors).toEqual([]);
  });
});
