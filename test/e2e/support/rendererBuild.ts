// The end-to-end tests drive the built renderer (dist/renderer). `npm test` and `npm run test:e2e`
// build first; this check rebuilds only when the build is missing or older than its sources, so
// running the test file on its own also works.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const rendererDist = path.join(projectRoot, 'dist', 'renderer');

const SOURCES = ['renderer', 'model', 'scenarios', 'finance', 'experiments', 'stories', 'cli/format', 'electron/ipc', 'electron/core', 'vite.config.ts'];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stats.mtimeMs);
}

export function ensureRendererBuilt(): void {
  const index = path.join(rendererDist, 'index.html');
  const builtAt = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sourcesAt = Math.max(...SOURCES.map((source) => newestMtime(path.join(projectRoot, source))));
  if (builtAt >= sourcesAt) return;
  const result = spawnSync('npm', ['run', '--silent', 'build:renderer'], {
    cwd: projectRoot,
    stdio: 'inherit',
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) throw new Error('`npm run build:renderer` failed: the end-to-end tests need dist/renderer.');
}
