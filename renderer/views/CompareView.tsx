// The Compare view (placeholder: its owner builds it).
export function CompareView() {
  return <section aria-label="Compare"><h2>Compare</h2></section>;
}
