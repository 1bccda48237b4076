// The app's services for every component: the store (state and actions) and the bridge (files,
// journal, menus). Components read state with useAppState. Each view that runs the engine keeps
// its own client beside its actions (views/*/…Runs.ts), where a run outlives the component.
import { createContext, useContext, useDeferredValue, useSyncExternalStore } from 'react';
import type { Bridge } from '../bridge/bridge';
import type { Store } from './store';
import type { AppState } from './appState';

export interface AppServices {
  store: Store<AppState>;
  bridge: Bridge;
}

export const AppContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useServices outside <AppContext.Provider>');
  return services;
}

/** A slice of the state; the component re-renders when that slice changes (by identity). */
export function useAppState<T>(select: (state: AppState) => T): T {
  const { store } = useServices();
  const snapshot = () => select(store.state);
  // The same snapshot on the server: views render to markup in tests (react-dom/server).
  return useSyncExternalStore((listener) => store.subscribe(listener), snapshot, snapshot);
}

/**
 * A slice that is costly to draw (results, whose charts redraw), in an interruptible render: the
 * page stays responsive while it draws. `catchingUp` is true while what is drawn is still the
 * previous slice, so that a view can say so.
 */
export function useDeferredAppState<T>(select: (state: AppState) => T): { value: T; catchingUp: boolean } {
  const latest = useAppState(select);
  const value = useDeferredValue(latest);
  return { value, catchingUp: value !== latest };
}

/** Undo/redo availability, which lives in the store beside the state. */
export function useHistory(): { canUndo: boolean; canRedo: boolean; undoLabel?: string; redoLabel?: string } {
  const { store } = useServices();
  const key = useSyncExternalStore(
    (listener) => store.subscribe(listener),
    () => `${store.canUndo}|${store.canRedo}|${store.undoLabel ?? ''}|${store.redoLabel ?? ''}`,
  );
  const [canUndo, canRedo, undoLabel, redoLabel] = key.split('|');
  return { canUndo: canUndo === 'true', canRedo: canRedo === 'true', undoLabel: undoLabel || undefined, redoLabel: redoLabel || undefined };
}
