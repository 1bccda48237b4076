// Entry point: wire the engine client and the bridge for this runtime into the App.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { getBridge } from './bridge/bridge';
import { DEFAULT_SCENARIO, EngineClient } from './engine';
import { parseStartOptions } from './lib/startOptions';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const engine = new EngineClient();
window.addEventListener('pagehide', () => engine.dispose());

createRoot(container).render(
  <StrictMode>
    <App engine={engine} bridge={getBridge()} start={parseStartOptions(window.location.search, DEFAULT_SCENARIO)} />
  </StrictMode>,
);
