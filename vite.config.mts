import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer: built to dist/renderer and served by the app:// protocol (Electron)
// or the web harness. No inline scripts, so the strict CSP holds.
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    modulePreload: { polyfill: false },
    // One bundle read from the laptop's own disk, never over a network: its size is
    // not what makes the app feel fast, so Vite's web-oriented 500 kB warning is raised.
    chunkSizeWarningLimit: 1500,
  },
});
