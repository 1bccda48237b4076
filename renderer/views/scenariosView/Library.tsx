// The scenario library: the built-in scenarios, each with its description, to open as it is or to
// start a new scenario from; and the user's own files (Open file…, and the recent files the
// desktop app remembers). Opening asks before leaving unsaved edits (documentCommands.ts).
import { useEffect, useState } from 'react';
import { builtInScenarioNames, loadBuiltIn } from '../../engine';
import { useAppState, useServices } from '../../state/appContext';
import { useCommands } from '../../state/commandsContext';
import type { RecentDocument } from '../../../electron/ipc/contract';

let descriptions: Map<string, string> | null = null;

/** The built-ins' descriptions, read once (each is validated like any file). */
function builtInDescriptions(): Map<string, string> {
  descriptions ??= new Map(builtInScenarioNames.map((name) => [name, loadBuiltIn(name).description]));
  return descriptions;
}

/** The first sentence, shown on the card; the rest is a disclosure away. */
function firstSentence(text: string): { first: string; rest: string } {
  const match = /^(.+?\.)\s+(?=[A-Z])(.*)$/s.exec(text);
  return match ? { first: match[1], rest: match[2] } : { first: text, rest: '' };
}

function BuiltInCard({ name, current }: { name: string; current: boolean }) {
  const commands = useCommands();
  const { first, rest } = firstSentence(builtInDescriptions().get(name) ?? '');
  return (
    <li className={`scn-builtin${current ? ' scn-current' : ''}`} data-testid={`builtin-${name}`}>
      <h5>
        {name}
        {current && <span className="scn-tag">open now</span>}
      </h5>
      <p>{first}</p>
      {rest && (
        <details className="scn-about">
          <summary>More about {name}</summary>
          <p>{rest}</p>
        </details>
      )}
      <div className="scn-card-actions">
        <button type="button" onClick={() => commands.openBuiltIn(name)} aria-label={`Open ${name}`} data-testid={`open-builtin-${name}`}>
          Open
        </button>
        <button type="button" onClick={() => commands.newFrom(name)} aria-label={`New scenario from ${name}`} data-testid={`new-from-${name}`}>
          New from this
        </button>
      </div>
    </li>
  );
}

function RecentFiles() {
  const { bridge } = useServices();
  const commands = useCommands();
  const source = useAppState((s) => s.document.source);
  const [recent, setRecent] = useState<RecentDocument[] | null>(null);
  useEffect(() => {
    if (bridge.runtime !== 'electron') return;
    let live = true;
    // Opening or saving a file changes the list: read it again whenever the document's source changes.
    bridge.listRecent().then(
      (list) => live && setRecent(list),
      () => live && setRecent([]),
    );
    return () => {
      live = false;
    };
  }, [bridge, source]);
  if (bridge.runtime !== 'electron') return <p className="scn-note">Recent files appear here in the desktop app.</p>;
  if (recent === null) return <p className="scn-note">Reading the recent files…</p>;
  if (recent.length === 0) return <p className="scn-note">No recent files yet: files you open or save appear here.</p>;
  return (
    <ul className="scn-recent" data-testid="recent-files">
      {recent.map((file) => (
        <li key={file.path}>
          <button type="button" className="scn-link-button" onClick={() => void commands.openRecent(file.path)}>
            {file.name}
          </button>{' '}
          <span className="scn-recent-path" title={file.path}>
            {file.path}
          </span>{' '}
          <time dateTime={file.at}>{new Date(file.at).toLocaleString('en-GB')}</time>
        </li>
      ))}
    </ul>
  );
}

export function Library() {
  const commands = useCommands();
  const source = useAppState((s) => s.document.source);
  const openBuiltIn = source.kind === 'builtin' ? source.name : null;
  return (
    <section className="scn-library" aria-labelledby="scn-library-heading">
      <h3 id="scn-library-heading">Library</h3>
      <div className="scn-library-columns">
        <div>
          <h4>Built-in scenarios</h4>
          <ul className="scn-builtins">
            {builtInScenarioNames.map((name) => (
              <BuiltInCard key={name} name={name} current={name === openBuiltIn} />
            ))}
          </ul>
        </div>
        <div className="scn-files">
          <h4>Your files</h4>
          <button type="button" onClick={() => void commands.open()} data-testid="open-file">
            Open file…
          </button>
          <RecentFiles />
        </div>
      </div>
    </section>
  );
}
