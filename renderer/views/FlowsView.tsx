// The Flows view (placeholder: its owner builds it).
export function FlowsView() {
  return <section aria-label="Flows"><h2>Flows</h2></section>;
}
