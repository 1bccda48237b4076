// The Run view (placeholder: its owner builds it).
export function RunView() {
  return <section aria-label="Run"><h2>Run</h2></section>;
}
