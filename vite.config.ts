import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from './electron/app/csp';

/** In built pages, a CSP meta tag too (the servers send the header; the meta keeps file copies safe). Not in dev: HMR needs inline scripts. */
function cspMeta(): Plugin {
  return {
    name: 'isotherm-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Progress lines during a build (`npm start` sets ISOTHERM_BUILD_PROGRESS=1: a first build takes a while, and
 * vite prints nothing at --logLevel warn): every few seconds, how many modules are done.
 */
function buildProgress(): Plugin {
  const started = Date.now();
  let modules = 0;
  let last = started;
  const say = (what: string) =>
    console.log(
      `  building the designer: ${what} (${Math.round((Date.now() - started) / 1000)} s)`,
    );
  return {
    name: 'isotherm-build-progress',
    apply: () => process.env['ISOTHERM_BUILD_PROGRESS'] === '1',
    transform() {
      modules += 1;
      if (Date.now() - last >= 3000) {
        last = Date.now();
        say(`${modules} modules read`);
      }
      return null;
    },
    buildEnd() {
      say(`${modules} modules read; bundling`);
    },
    writeBundle() {
      say('written');
    },
  };
}

/** The renderer: renderer/index.html -> out/renderer (relative URLs, so it loads from app:// and http://127.0.0.1 alike). */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta(), buildProgress()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      // zod's sources carry /*#__PURE__*/ comments rollup cannot place; harmless, and not ours to fix
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
    },
  },
});
