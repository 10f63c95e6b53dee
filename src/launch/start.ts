import * as nodeModule from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundle } from './codeCache.ts';

// The production entry point (`node dist/src/main.js`): runs the bundled bot (bundle.cjs, beside
// this file) through its V8 code cache, and saves a fresh cache once the bot has started when
// the saved one was missing, stale, damaged or refused by this Node.

const here = dirname(fileURLToPath(import.meta.url));
const cacheDir = join(here, '..', '.code-cache');
// One file per V8 and architecture: CI runs Node 20 and 24 over one build.
const cacheFile = join(cacheDir, `bundle-v8-${process.versions.v8}-${process.arch}.bin`);

// Node 22.1+ caches the modules the bundle leaves to Node (discord.js for the gateway, the
// REST client) by itself when asked; Node 20 has no such switch.
const enableCompileCache: unknown = Reflect.get(nodeModule, 'enableCompileCache');
if (typeof enableCompileCache === 'function') {
  Reflect.apply(enableCompileCache, nodeModule, [join(cacheDir, 'modules')]);
}

const bundle = loadBundle(join(here, 'bundle.cjs'), cacheFile);
const { exports } = bundle;
const started: unknown =
  typeof exports === 'object' && exports !== null ? Reflect.get(exports, 'started') : undefined;
if (started instanceof Promise) {
  // After the start's own work, so the cache holds every function the start compiled.
  void started.then(() => setImmediate(() => bundle.save()));
}
