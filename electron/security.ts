import type { Event, WebContents, WebPreferences } from 'electron';

/**
 * The window's lock-down, as small functions the shell applies and the tests check.
 *
 * Content-Security-Policy: only the app's own files run or load. Styles need no 'unsafe-inline':
 * React and Lexical set styles through the CSSOM (`element.style`), which CSP does not restrict,
 * and Vite emits CSS as files. Images and fonts may be `data:` URLs because Vite inlines small
 * assets that way, and images `blob:` URLs made by the page itself (the same as the meta policy of
 * renderer/index.html); nothing else may come from anywhere but the app itself.
 */
const policy: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-src': "'none'",
  'frame-ancestors': "'none'",
  'worker-src': "'none'",
};

export function contentSecurityPolicy(): string {
  return Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources}`)
    .join('; ');
}

/** Headers sent with every page and file of the UI (desktop file handler and browser mode). */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Whether the window may go to `url`: only the app's own page. For the desktop app that is the
 * very file it was loaded from (any #fragment or ?query); for browser mode, the same loopback
 * origin. Everything else (the web, other local files, other ports, javascript:, data:) is refused.
 */
export function isAllowedNavigation(url: string, appUrl: string): boolean {
  const target = parse(url);
  const app = parse(appUrl);
  if (!target || !app) return false;
  if (app.protocol === 'file:') {
    return target.protocol === 'file:' && target.host === app.host && target.pathname === app.pathname;
  }
  if (app.protocol === 'http:' && LOOPBACK_HOSTS.has(app.hostname)) {
    return target.origin === app.origin;
  }
  return false;
}

/** The desktop window's web preferences: isolated, sandboxed, no Node, web security on. */
export function secureWebPreferences(preloadPath: string, preloadArgument: string): WebPreferences {
  return {
    preload: preloadPath,
    additionalArguments: [preloadArgument],
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/** `setWindowOpenHandler`: no window.open, no target=_blank. */
export function denyWindowOpen(): { action: 'deny' } {
  return { action: 'deny' };
}

/** `setPermissionRequestHandler`: camera, microphone, notifications, geolocation … all refused. */
export function denyPermissionRequest(_contents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

/** `setPermissionCheckHandler`: every check answers "not granted". */
export function denyPermissionCheck(): boolean {
  return false;
}

/** The parts of WebContents the guards use (so tests can hand in a stand-in). */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Applies the navigation guards to a web contents (every one the app creates, via
 * `app.on('web-contents-created')`): navigation and redirects away from the app's page are
 * stopped, new windows denied, <webview> never attached.
 */
export function guardWebContents(contents: GuardedContents, appUrl: string): void {
  const stayHome = (event: Event, url: string) => {
    if (!isAllowedNavigation(url, appUrl)) event.preventDefault();
  };
  contents.on('will-navigate', (event, url) => stayHome(event, url));
  contents.on('will-redirect', (event, url) => stayHome(event, url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(denyWindowOpen);
}
