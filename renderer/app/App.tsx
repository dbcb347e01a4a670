import { useCallback, useEffect, useState } from 'react';
import { EditorScreen } from '../editor/EditorScreen.tsx';
import { CopiesScreen } from '../screens/copies/CopiesScreen.tsx';
import { ImportScreen } from '../screens/import/ImportScreen.tsx';
import { OfficeScreen } from '../screens/office/OfficeScreen.tsx';
import { RegisterScreen } from '../screens/register/RegisterScreen.tsx';
import { AboutDialog } from './AboutDialog.tsx';
import { commandOfKey, onCommand, runCommand } from './commands.ts';
import { canLeave } from './leaveGuard.ts';
import { HomeScreen, type HomeIntent } from '../screens/home/HomeScreen.tsx';
import type { Place } from '../screens/home/HomeTools.tsx';
import { listenToMenu } from './menu.ts';
import { ToastHost } from './toast/ToastHost.tsx';

type Screen = { kind: 'home'; intent: HomeIntent } | { kind: 'editor'; id: number } | { kind: Place };

const LAST_OPEN = 'soan-nq:last-open';

function initialScreen(): Screen {
  const id = Number(sessionStorage.getItem(LAST_OPEN));
  return Number.isInteger(id) && id > 0 ? { kind: 'editor', id } : { kind: 'home', intent: { kind: 'none' } };
}

/** The window: Trang chủ or one document open in the editor; shortcuts and the Electron menu drive both. */
export function App() {
  const [screen, setScreen] = useState<Screen>(initialScreen);
  const [about, setAbout] = useState(false);

  const open = useCallback((id: number) => {
    sessionStorage.setItem(LAST_OPEN, String(id));
    setScreen({ kind: 'editor', id });
  }, []);
  const home = useCallback((intent: HomeIntent = { kind: 'none' }) => {
    void canLeave().then((ok) => {
      if (!ok) return;
      sessionStorage.removeItem(LAST_OPEN);
      setScreen({ kind: 'home', intent: { ...intent, at: Date.now() } });
    });
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const command = commandOfKey(event);
      if (command === null) return;
      event.preventDefault();
      runCommand(command);
    };
    window.addEventListener('keydown', onKey, true);
    const offMenu = listenToMenu();
    // Fallbacks, after every screen's own handlers: new, open and search belong to Trang chủ.
    const offApp = onCommand((command) => {
      if (command === 'new') home({ kind: 'new' });
      else if (command === 'open') home();
      else if (command === 'search') home({ kind: 'search' });
      else if (command === 'about') setAbout(true);
      else return false;
      return true;
    });
    return () => {
      window.removeEventListener('keydown', onKey, true);
      offMenu();
      offApp();
    };
  }, [home]);

  return (
    <div className="app">
      {screen.kind === 'home' ? (
        <HomeScreen intent={screen.intent} onOpen={open} onNavigate={(place) => setScreen({ kind: place })} />
      ) : screen.kind === 'editor' ? (
        <EditorScreen key={screen.id} id={screen.id} onClose={home} />
      ) : screen.kind === 'register' ? (
        <RegisterScreen onHome={() => home()} />
      ) : screen.kind === 'copies' ? (
        <CopiesScreen onHome={() => home()} />
      ) : screen.kind === 'office' ? (
        <OfficeScreen onHome={() => home()} />
      ) : (
        <ImportScreen onHome={() => home()} onOpen={open} />
      )}
      {about ? <AboutDialog onClose={() => setAbout(false)} /> : null}
      <ToastHost />
    </div>
  );
}
