// Entry point: build the store, the bridge for this runtime and the engine client, open the
// first document, start the recovery journal, and render the app.
import './engine/zodWithoutEval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { getBridge } from './bridge/bridge';
import { DEFAULT_SCENARIO, loadBuiltIn } from './engine';
import { AppContext } from './state/appContext';
import { CommandsContext } from './state/commandsContext';
import { initialAppState, type AppState } from './state/appState';
import { Store } from './state/store';
import { makeDocument } from './state/documentActions';
import { createDocumentCommands } from './state/documentCommands';
import { loadRecovery, startJournal } from './state/journal';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const bridge = getBridge();
const store = new Store<AppState>(
  initialAppState(makeDocument(loadBuiltIn(DEFAULT_SCENARIO), { kind: 'builtin', name: DEFAULT_SCENARIO }, DEFAULT_SCENARIO)),
);
const commands = createDocumentCommands(store, bridge, (question) => window.confirm(question));
startJournal(store, bridge);
void loadRecovery(store, bridge);
// Closing with unsaved edits: the journal has them, but say so before the page goes.
window.addEventListener('beforeunload', (event) => {
  if (store.state.document.dirty) event.preventDefault();
});

createRoot(container).render(
  <StrictMode>
    <AppContext.Provider value={{ store, bridge }}>
      <CommandsContext.Provider value={commands}>
        <App commands={commands} />
      </CommandsContext.Provider>
    </AppContext.Provider>
  </StrictMode>,
);
