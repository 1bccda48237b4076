// Builds the renderer (renderer/index.html and its engine worker) into dist/renderer.
// base './' keeps every URL relative, so the same files work under Electron's app:// origin and
// on any http server path; workers are ES modules like the rest of the code.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };

export default defineConfig({
  root: path.join(root, 'renderer'),
  base: './',
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  worker: { format: 'es' },
  build: {
    outDir: path.join(root, 'dist', 'renderer'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: false,
    // React, Recharts, zod and the five views make one ~1.1 MB chunk; it is loaded from local disk
    // (or localhost), so splitting it would only add requests. Warn if it grows well past that.
    chunkSizeWarningLimit: 1400,
  },
});
