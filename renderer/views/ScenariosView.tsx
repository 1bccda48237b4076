// The Scenarios view (placeholder: its owner builds it).
export function ScenariosView() {
  return <section aria-label="Scenarios"><h2>Scenarios</h2></section>;
}
