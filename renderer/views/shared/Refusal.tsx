// Why a run was refused, shown right under the button that asked for it (never at the top of the
// page: the reader's eyes are on the button). First line in bold, then one line per failing field.
export function Refusal({ text, testId }: { text: string; testId: string }) {
  const [first, ...rest] = text.split('\n');
  return (
    <div className="notice notice-error refusal" role="alert" data-testid={testId}>
      <strong>{first}</strong>
      {rest.length > 0 && <pre className="notice-detail">{rest.join('\n')}</pre>}
    </div>
  );
}
