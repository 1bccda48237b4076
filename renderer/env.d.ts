/// <reference types="vite/client" />

/** The app's version from package.json, inlined at build time (vite.config.ts `define`). */
declare const __APP_VERSION__: string;
