import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build, type BuildOptions, type Plugin } from 'esbuild';

// The production build (`npm run build`, after tsc has type-checked): the bot and the libraries
// it loads at start in one CommonJS file (dist/src/bundle.cjs), its reload worker, and the entry
// point (dist/src/main.js) that runs the bundle through V8's code cache. Loading one file instead
// of some 600 modules, and bytecode instead of source, is most of the start-up: see the README's
// Deploying section. `--outdir` builds elsewhere (the tests build their own copy).

// Left to Node: native add-ons, and libraries that start workers or read files next to their
// own modules (discord.js's websocket workers). discord.js is loaded only by the gateway
// transport, after the corpus, so bundling it would not speed up the HTTP start. pino is inside:
// the bot logs through its synchronous destination, never a transport (a worker thread).
const EXTERNAL = [
  '@resvg/resvg-js',
  'discord.js',
  '@discordjs/*',
  'tsx',
  'unpdf',
  'linkedom',
  '@mozilla/readability',
];

const OUT = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } }).values.outdir;

/** The bot registers the country-name locales it uses (19 of 78, read from node_modules when
 * registered), but i18n-iso-countries' Node entry requires and registers all 78 files when it
 * is imported (most of the bundle's module loading at start). The bundle takes the package's
 * plain entry, which registers none. */
const countryNamesPlainEntry: Plugin = {
  name: 'country-names-plain-entry',
  setup(build) {
    build.onResolve({ filter: /^i18n-iso-countries$/ }, async ({ resolveDir }) => {
      const plain = await build.resolve('i18n-iso-countries/index.js', {
        resolveDir,
        kind: 'import-statement',
      });
      return { path: plain.path };
    });
  },
};

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20.19',
  sourcemap: true,
  logLevel: 'warning',
};

rmSync(OUT, { recursive: true, force: true });
await Promise.all([
  // The bot, its reload and index-building workers: CommonJS, because only a script (not an ES module) can be
  // compiled with V8's code cache on Node 20 (src/launch/codeCache.ts). What is imported with
  // import() (the gateway transport, the REST client) is inside too but runs only when imported.
  build({
    ...common,
    entryPoints: {
      'src/bundle': 'src/main.ts',
      'src/reloadWorker': 'src/reloadWorker.ts',
      // Index-building workers for first builds of large corpora (src/search/buildWorkers.ts).
      'src/buildWorker': 'src/search/buildWorker.ts',
    },
    outdir: OUT,
    outExtension: { '.js': '.cjs' },
    format: 'cjs',
    external: EXTERNAL,
    plugins: [countryNamesPlainEntry],
    // Paths made from import.meta.url (the reload worker beside the bundle, libraries' data
    // files) resolve from the bundle's own file.
    define: { 'import.meta': '__bundleMeta' },
    banner: {
      js: "const __bundleMeta = { url: require('node:url').pathToFileURL(__filename).href, resolve: (specifier) => require('node:url').pathToFileURL(require.resolve(specifier)).href };",
    },
    // Without comments and indentation the bundle is a third smaller to read and keep in memory.
    minifyWhitespace: true,
  }),
  // What `node dist/src/main.js` runs: a few lines that load the bundle through its code cache.
  build({
    ...common,
    entryPoints: { 'src/main': 'src/launch/start.ts' },
    outdir: OUT,
    format: 'esm',
  }),
]);

// esbuild escapes non-ASCII characters in strings but not in regular expressions. One such
// character makes V8 keep the whole source as two-byte text (3 MB instead of 1.5 MB, for the
// life of the process); an escape means the same character in a regular expression, with or
// without the u flag.
for (const file of ['src/bundle.cjs', 'src/reloadWorker.cjs', 'src/buildWorker.cjs']) {
  const path = join(OUT, file);
  const text = readFileSync(path, 'utf8');
  writeFileSync(
    path,
    text.replace(
      /[\u0080-\uffff]/g,
      (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
    ),
  );
}
