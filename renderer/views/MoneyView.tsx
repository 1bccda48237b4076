// The Money view (placeholder: its owner builds it).
export function MoneyView() {
  return <section aria-label="Money"><h2>Money</h2></section>;
}
