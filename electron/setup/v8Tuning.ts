// Feature: the engine's V8 flags (experiments/v8Tuning.ts) for every renderer process, and so for
// the Web Workers in which the app runs the engine. A command-line switch: it must precede 'ready'.
import { app } from 'electron';
import { ENGINE_V8_FLAGS } from '../../experiments/v8Tuning';

export function setupV8Tuning(): void {
  app.commandLine.appendSwitch('js-flags', ENGINE_V8_FLAGS.join(' '));
}
