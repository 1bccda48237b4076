// `npm start`: build, then open the desktop app. Where Electron's binary is missing and cannot be
// downloaded, say why and open the same UI in the browser instead.
// `npm run web` (--web): build the renderer, then serve it to the browser; no Electron attempt.
// Options: --no-open (implied by CI=true) prints the URL without opening a browser; --port=N.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { locateOrInstallElectron } from './electronBinary';
import { serveRenderer } from './serve';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const webOnly = args.includes('--web');
const isCi = /^(1|true)$/i.test(process.env.CI ?? '');
const mayOpenBrowser = !args.includes('--no-open') && !isCi;
const portArg = args.find((arg) => arg.startsWith('--port='));
const PREFERRED_PORT = portArg ? Number(portArg.slice('--port='.length)) : 4178;

function runNpmScript(script: string): void {
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`\`npm run ${script}\` failed; nothing to open.`);
    process.exit(result.status ?? 1);
  }
}

function launchElectron(binary: string): void {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [root], { cwd: root, stdio: 'inherit', env });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
}

function openInBrowser(url: string): void {
  const [command, commandArgs] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, commandArgs, { stdio: 'ignore', detached: true });
    child.on('error', () => console.log(`(Could not open a browser automatically; open ${url} yourself.)`));
    child.unref();
  } catch {
    // Opening a browser is a convenience; the URL is printed either way.
  }
}

async function serveInBrowser(): Promise<void> {
  const rendererRoot = path.join(root, 'dist', 'renderer');
  const server = await serveRenderer({ root: rendererRoot, port: PREFERRED_PORT }).catch(() =>
    serveRenderer({ root: rendererRoot, port: 0 }),
  );
  console.log(`The simulator is at ${server.url} (press Ctrl+C to stop).`);
  if (mayOpenBrowser) openInBrowser(server.url);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main(): Promise<void> {
  runNpmScript(webOnly ? 'build:renderer' : 'build');
  if (!webOnly) {
    const electron = locateOrInstallElectron((message) => console.log(message));
    if (electron.found) {
      launchElectron(electron.path);
      return;
    }
    console.log(`${electron.reason}: opening the same UI in your browser instead.`);
  }
  await serveInBrowser();
}

await main();
