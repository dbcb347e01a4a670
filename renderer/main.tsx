import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getApi } from './api/index.ts';
import { ApiContext } from './api/useApi.ts';
import { App } from './app/App.tsx';
import { SessionGate } from './app/session/SessionGate.tsx';
import { StartGate } from './app/start/StartGate.tsx';
import './styles/base.css';
import './styles/home.css';
import './styles/editor.css';
import './styles/page.css';
import './styles/workflow.css';
import './styles/start.css';
import './styles/print.css';
import './styles/session.css';
import './editor/find/find.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ApiContext value={getApi()}>
        <SessionGate>
          <StartGate>
            <App />
          </StartGate>
        </SessionGate>
      </ApiContext>
    </StrictMode>,
  );
}
