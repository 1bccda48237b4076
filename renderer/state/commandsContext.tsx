// The File commands (renderer/state/documentCommands.ts) for any component that needs them (the
// Scenarios view's library opens built-ins and files), without passing them down through App.
// main.tsx provides the one instance it creates; using the hook outside the provider is a bug.
import { createContext, useContext } from 'react';
import type { DocumentCommands } from './documentCommands';

export const CommandsContext = createContext<DocumentCommands | null>(null);

export function useCommands(): DocumentCommands {
  const commands = useContext(CommandsContext);
  if (!commands) throw new Error('useCommands outside <CommandsContext.Provider> (main.tsx wraps <App> in it)');
  return commands;
}
