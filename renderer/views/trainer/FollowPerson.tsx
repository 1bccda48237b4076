// Placeholder: its owner builds it.
export function FollowPerson() {
  return <p>FollowPerson</p>;
}
