import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The renderer: built from renderer/ into dist/renderer, with relative asset paths so that the
 * Electron window can load it from file:// and the web server from any path. No inline scripts
 * (the CSP forbids them), so the module-preload polyfill is off.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
});
