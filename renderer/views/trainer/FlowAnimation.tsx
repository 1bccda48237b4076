// Placeholder: its owner builds it.
export function FlowAnimation() {
  return <p>FlowAnimation</p>;
}
