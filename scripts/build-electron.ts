// Bundles Electron's main and preload into CommonJS files in dist/electron (package.json "main"
// points at dist/electron/main.cjs). Two separate builds, not one with two entries: a sandboxed
// preload can require nothing but 'electron', so it must never share a chunk with main.
import { builtinModules } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'electron');
const external = ['electron', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

async function bundle(entry: 'main' | 'preload'): Promise<void> {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: entry === 'main',
      target: 'node22',
      minify: false,
      sourcemap: true,
      reportCompressedSize: false,
      lib: { entry: path.join(root, 'electron', `${entry}.ts`), formats: ['cjs'], fileName: () => `${entry}.cjs` },
      rolldownOptions: { external },
    },
  });
}

/** Fails the build if the preload bundle requires anything a sandboxed preload cannot. */
async function checkPreloadRequires(): Promise<void> {
  const code = await readFile(path.join(outDir, 'preload.cjs'), 'utf8');
  const required = [...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
  const forbidden = required.filter((name) => name !== 'electron');
  if (forbidden.length > 0) {
    throw new Error(`preload.cjs requires ${forbidden.join(', ')}; a sandboxed preload may only require 'electron'.`);
  }
}

await bundle('main');
await bundle('preload');
await checkPreloadRequires();
console.log(`Electron main and preload bundled into ${path.relative(root, outDir)}/`);
