// "Export report" can come from the menu, a shortcut or the button; the report module listens.
// A tiny event channel keeps the command layer from depending on the report's code.
type Listener = () => void;
const listeners = new Set<Listener>();

export function requestReport(): void {
  for (const listener of listeners) listener();
}

export function onReportRequested(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
