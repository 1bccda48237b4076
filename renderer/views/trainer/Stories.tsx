// Placeholder: its owner builds it.
export function Stories() {
  return <p>Stories</p>;
}
