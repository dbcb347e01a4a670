import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  denyPermissionCheck,
  denyPermissionRequest,
  denyWindowOpen,
  guardWebContents,
  isAllowedNavigation,
  secureWebPreferences,
  securityHeaders,
  type GuardedContents,
} from '../../../electron/security.ts';

function directives(): Map<string, string> {
  return new Map(
    contentSecurityPolicy()
      .split('; ')
      .map((d) => [d.split(' ')[0] ?? '', d.split(' ').slice(1).join(' ')]),
  );
}

describe('Content-Security-Policy', () => {
  it('allows only the app itself: no remote sources, no inline or eval script, no plugins, no framing', () => {
    const csp = directives();
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('connect-src')).toBe("'self'");
    const text = contentSecurityPolicy();
    expect(text).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('keeps styles strict too (React and Lexical style through the CSSOM) and allows data: only for images and fonts, blob: only for images', () => {
    const csp = directives();
    expect(csp.get('style-src')).toBe("'self'");
    expect(csp.get('img-src')).toBe("'self' data: blob:");
    expect(csp.get('font-src')).toBe("'self' data:");
    const withData = [...csp].filter(([, v]) => v.includes('data:')).map(([k]) => k);
    expect(withData.sort()).toEqual(['font-src', 'img-src']);
    expect([...csp].filter(([, v]) => v.includes('blob:')).map(([k]) => k)).toEqual(['img-src']);
  });

  it('is sent with the other hardening headers', () => {
    const headers = securityHeaders();
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy());
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['X-Frame-Options']).toBe('DENY');
  });
});

describe('isAllowedNavigation', () => {
  const fileApp = 'file:///opt/So%E1%BA%A1n%20Ngh%E1%BB%8B%20quy%E1%BA%BFt/resources/app.asar/dist/renderer/index.html';

  it('allows the desktop app page itself, with any fragment or query', () => {
    expect(isAllowedNavigation(fileApp, fileApp)).toBe(true);
    expect(isAllowedNavigation(`${fileApp}#/van-ban/4`, fileApp)).toBe(true);
    expect(isAllowedNavigation(`${fileApp}?tab=chi-tieu`, fileApp)).toBe(true);
  });

  it('refuses other local files, the web, and script URLs from the desktop page', () => {
    for (const url of [
      'file:///etc/passwd',
      'file:///opt/So%E1%BA%A1n%20Ngh%E1%BB%8B%20quy%E1%BA%BFt/resources/app.asar/dist/renderer/other.html',
      'file://server/share/opt/index.html',
      'https://example.com/',
      'http://127.0.0.1:8080/',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      'không phải địa chỉ',
    ]) {
      expect(isAllowedNavigation(url, fileApp), url).toBe(false);
    }
  });

  it('allows only the same loopback origin in browser mode', () => {
    const webApp = 'http://127.0.0.1:41234/';
    expect(isAllowedNavigation('http://127.0.0.1:41234/van-ban/4', webApp)).toBe(true);
    expect(isAllowedNavigation('http://127.0.0.1:41235/', webApp)).toBe(false);
    expect(isAllowedNavigation('http://localhost:41234/', webApp)).toBe(false);
    expect(isAllowedNavigation('https://127.0.0.1:41234/', webApp)).toBe(false);
    expect(isAllowedNavigation('http://evil.example/', webApp)).toBe(false);
  });

  it('refuses everything when the app URL is not the app (remote or unparsable)', () => {
    expect(isAllowedNavigation('https://example.com/', 'https://example.com/')).toBe(false);
    expect(isAllowedNavigation('file:///a', '')).toBe(false);
  });
});

describe('the window lock-down', () => {
  it('web preferences: isolated, sandboxed, no Node, web security on, preload with its argument', () => {
    const prefs = secureWebPreferences('/app/dist/electron/preload.cjs', '--soan-nq-preload=x');
    expect(prefs).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      additionalArguments: ['--soan-nq-preload=x'],
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('denies new windows and every permission', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
    const answers: boolean[] = [];
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      denyPermissionRequest(null, p, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect(denyPermissionCheck()).toBe(false);
  });

  it('guards a web contents: navigation and redirects away are stopped, webviews never attach, window.open denied', () => {
    const appUrl = 'file:///app/dist/renderer/index.html';
    const emitter = new EventEmitter();
    let openHandler: (() => unknown) | undefined;
    const contents = {
      on: (event: string, listener: (...args: unknown[]) => void) => emitter.on(event, listener),
      setWindowOpenHandler: (handler: () => unknown) => {
        openHandler = handler;
      },
    } as unknown as GuardedContents;
    guardWebContents(contents, appUrl);
    const fire = (name: string, url?: string) => {
      let prevented = false;
      emitter.emit(name, { preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(fire('will-navigate', `${appUrl}#/x`)).toBe(false);
    expect(fire('will-redirect', 'http://evil.example/')).toBe(true);
    expect(fire('will-attach-webview')).toBe(true);
    expect(openHandler?.()).toEqual({ action: 'deny' });
  });
});
