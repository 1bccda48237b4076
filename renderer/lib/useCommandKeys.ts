// Menu commands reach the app two ways: from the desktop app's menu (through the bridge), and in
// a browser from the usual keyboard shortcuts, which there is no menu to catch. Both end here.
// In the desktop app the menu's accelerators take the keys, so the page does not listen too.
import { useEffect } from 'react';
import type { MenuCommand } from '../../electron/ipc/contract';
import { useServices } from '../state/appContext';
import type { DocumentCommands } from '../state/documentCommands';
import { requestReport } from '../report/reportRequests';

function runMenuCommand(command: MenuCommand, commands: DocumentCommands, undo: () => void, redo: () => void, path?: string): void {
  switch (command) {
    case 'new':
      return commands.newFrom('as-happened');
    case 'open':
      return void commands.open();
    case 'open-recent':
      if (path) void commands.openRecent(path);
      return;
    case 'save':
      return void commands.save();
    case 'save-as':
      return void commands.saveAs();
    case 'undo':
      return undo();
    case 'redo':
      return redo();
    case 'export-report':
      return requestReport();
    case 'about':
      return; // the desktop app shows its own About box
  }
}

/** Ctrl/Cmd + key → command, for the browser. Undo in a text field stays the field's own. */
export function commandForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>, inTextField: boolean): MenuCommand | null {
  if (!(event.ctrlKey || event.metaKey)) return null;
  const key = event.key.toLowerCase();
  if (key === 's') return event.shiftKey ? 'save-as' : 'save';
  if (key === 'o') return 'open';
  if (key === 'e') return 'export-report';
  if (inTextField) return null;
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y') return 'redo';
  return null;
}

export function useCommandKeys(commands: DocumentCommands): void {
  const { bridge, store } = useServices();
  useEffect(() => {
    const undo = () => store.undo();
    const redo = () => store.redo();
    const unsubscribe = bridge.onMenuCommand(({ command, path }) => runMenuCommand(command, commands, undo, redo, path));
    if (bridge.runtime !== 'browser') return unsubscribe;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const inTextField = !!target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
      const command = commandForKey(event, inTextField);
      if (!command) return;
      event.preventDefault();
      runMenuCommand(command, commands, undo, redo);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      unsubscribe();
      window.removeEventListener('keydown', onKey);
    };
  }, [bridge, store, commands]);
}
