import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// The production build (`npm run build`, after tsc has type-checked): the bot's entry point and
// its reload worker, each one ES module with the libraries it loads at start inside. Loading one
// file instead of some 600 modules (resolving, reading and linking each; CommonJS ones also
// lexed for their exports) is most of the start-up: see the README's Deploying section.

// Left to Node: native add-ons, and libraries that start workers or read files next to their
// own modules (discord.js's websocket workers, pino's transports). discord.js is loaded only by
// the gateway transport, after the corpus, so bundling it would not speed up the HTTP start.
const EXTERNAL = [
  '@resvg/resvg-js',
  'discord.js',
  '@discordjs/*',
  'pino',
  'tsx',
  'unpdf',
  'linkedom',
  '@mozilla/readability',
];

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: {
    'src/main': 'src/main.ts',
    'src/reloadWorker': 'src/reloadWorker.ts',
    'src/buildWorker': 'src/search/buildWorker.ts',
  },
  outdir: 'dist',
  bundle: true,
  // What is imported with import() (the gateway transport and discord.js, the REST client that
  // learns command ids) stays in chunks of its own, loaded only when that import runs. Chunks sit
  // beside the entry points, so paths made from import.meta.url (the reload worker, the
  // libraries' data files) resolve the same from any of them.
  splitting: true,
  chunkNames: 'src/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  sourcemap: true,
  external: EXTERNAL,
  plugins: [
    {
      // Country names are read per language (19 of the 78 files): esbuild would bundle every
      // file a require's pattern can match, a megabyte to compile at each start. Each becomes
      // a stub that reads its file from node_modules when required.
      name: 'country-names-from-node-modules',
      setup(build) {
        const file = /i18n-iso-countries\/langs\/([a-z]+)\.json$/;
        build.onLoad({ filter: file }, ({ path }) => ({
          contents: `module.exports = require('i18n-iso-countries/langs/${file.exec(path)?.[1] ?? ''}.json');`,
          loader: 'js',
        }));
        build.onResolve({ filter: /^i18n-iso-countries\/langs\// }, ({ path }) => ({
          path,
          external: true,
        }));
      },
    },
  ],
  logLevel: 'warning',
  // CommonJS libraries inside an ES module still call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);",
  },
});
