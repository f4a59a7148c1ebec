#!/usr/bin/env node
// @ts-check
// Builds `standalone/messaging-sandbox`: one executable file that runs the sandbox CLI with no Node
// installed. It is a Node single-executable application (SEA): a copy of an official Node binary
// (from the npm registry's node-<platform>-<arch> package, exact version below) with a blob injected
// by postject. The blob holds a small CommonJS bootstrap and, as a SEA asset, an archive of the
// built CLI as npm would install it (dist/ of this package, @messaging-contracts/specs and
// /runtime, and every production dependency, copied from node_modules at the lockfile's versions).
// On its first start the executable unpacks that archive into a cache directory named by the
// archive's hash and imports dist/cli.js from there, so the sandbox runs its unchanged, unbundled
// code (see README "Standalone executable and container" for why it is not one esbuild bundle).
//
// Usage: node scripts/build-standalone.mjs [--force] [--quiet]
// Skips all work when the inputs (the files of the archive, the Node version, this script) are
// unchanged since the last build: `standalone/messaging-sandbox.inputs` holds their hash.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { chmod, copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

const exec = promisify(execFile);

/** The Node the executable embeds: an LTS line, pinned exactly so a build is reproducible. */
export const NODE_VERSION = '24.22.3';
/** postject's documented fuse for Node SEA (node/src/node_sea.cc). */
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(packageDir, '..', '..');
export const outDir = join(packageDir, 'standalone');
export const executable = join(outDir, 'messaging-sandbox');
const stampFile = `${executable}.inputs`;

/** Files no running program reads: left out of the archive to keep the executable small. */
const NOT_RUNTIME = /(\.d\.[cm]?ts|\.map|\.tsbuildinfo|\.md|\.markdown)$/i;

/**
 * @typedef {{ path: string, source: string, mode: number }} ArchiveFile  path inside the archive, file on disk
 */

/**
 * The node_modules directory of a package name, looked up from `fromDir` as Node resolves it.
 * @param {string} name @param {string} fromDir @returns {string | undefined}
 */
function findPackage(name, fromDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', ...name.split('/'));
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === repoRoot || dirname(dir) === dir) return undefined;
  }
}

/**
 * Every file under `dir` (following no symlinks into other packages), minus nested node_modules.
 * @param {string} dir @returns {string[]}
 */
function walk(dir, skipNodeModules = true) {
  /** @type {string[]} */
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (skipNodeModules && entry.name === 'node_modules') continue;
      files.push(...walk(path, skipNodeModules));
    } else if (entry.isFile()) files.push(path);
    else if (entry.isSymbolicLink() && statSync(path).isFile()) files.push(path);
  }
  return files;
}

/**
 * The files npm would pack for a workspace package, from its `files` field. Only the forms our
 * packages use are understood (a path, or `!<dir>/**\/*.<ext>`); any other is an error naming it,
 * rather than an archive that silently differs from the tarball.
 * @param {string} dir @param {{ name: string, files?: string[] }} manifest @returns {string[]}
 */
function workspaceFiles(dir, manifest) {
  const included = new Set([join(dir, 'package.json')]);
  /** @type {RegExp[]} */
  const excluded = [];
  for (const pattern of manifest.files ?? []) {
    const negation = /^!([\w.-]+(?:\/[\w.-]+)*)\/\*\*\/\*(\.[\w.]+)$/.exec(pattern);
    if (negation) {
      const prefix = join(dir, negation[1] ?? '') + sep;
      const suffix = negation[2] ?? '';
      excluded.push(new RegExp(`^${escapeRegExp(prefix)}.*${escapeRegExp(suffix)}$`));
    } else if (/^[\w.-]+(?:\/[\w.-]+)*$/.test(pattern)) {
      const path = join(dir, pattern);
      if (!existsSync(path)) continue;
      for (const file of statSync(path).isDirectory() ? walk(path) : [path]) included.add(file);
    } else {
      throw new Error(
        `${manifest.name}: "files" entry ${JSON.stringify(pattern)} is not a form build-standalone.mjs understands (a path, or "!<dir>/**/*.<ext>")`,
      );
    }
  }
  return [...included].filter((file) => !excluded.some((pattern) => pattern.test(file)));
}

const escapeRegExp = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The archive's files: this package and its dependencies, laid out as `npm install` would put them
 * (node_modules/<name>/…; a dependency nested under a package's own node_modules stays nested).
 * @returns {{ files: ArchiveFile[], entry: string, packages: string[] }}
 */
export function collectApp() {
  /** @type {Map<string, ArchiveFile>} */
  const files = new Map();
  /** @type {Map<string, string>} real directory of each package visited -> its place in the archive */
  const placed = new Map();
  /** @type {string[]} */
  const packages = [];
  const workspaceRoots = new Map(); // real dir of a workspace package -> archive dir

  /** Where a real path goes in the archive: inside a workspace package, under node_modules/<its name>. */
  const place = (/** @type {string} */ real) => {
    for (const [workspaceDir, archiveDir] of workspaceRoots)
      if (real === workspaceDir || real.startsWith(workspaceDir + sep))
        return join(archiveDir, relative(workspaceDir, real));
    const inRepo = relative(repoRoot, real);
    if (inRepo.startsWith('..') || !inRepo.startsWith(`node_modules${sep}`))
      throw new Error(`${real} is neither a workspace package nor under the repository's node_modules`);
    return inRepo;
  };

  const visit = (/** @type {string} */ packageRealDir) => {
    if (placed.has(packageRealDir)) return;
    const manifest = JSON.parse(readFileSync(join(packageRealDir, 'package.json'), 'utf8'));
    const workspace = !relative(repoRoot, packageRealDir).split(sep).includes('node_modules');
    if (workspace) workspaceRoots.set(packageRealDir, join('node_modules', ...manifest.name.split('/')));
    const archiveDir = place(packageRealDir);
    placed.set(packageRealDir, archiveDir);
    packages.push(`${manifest.name}@${manifest.version}`);
    const own = workspace ? workspaceFiles(packageRealDir, manifest) : walk(packageRealDir);
    for (const source of own) {
      const path = join(archiveDir, relative(packageRealDir, source));
      if (!workspace && NOT_RUNTIME.test(path) && !/^licen[cs]e/i.test(source.split(sep).at(-1) ?? '')) continue;
      files.set(path, { path, source, mode: statSync(source).mode & 0o777 });
    }
    const optional = new Set(Object.keys(manifest.optionalDependencies ?? {}));
    const peers = Object.keys(manifest.peerDependencies ?? {});
    const names = [...Object.keys(manifest.dependencies ?? {}), ...optional, ...peers];
    for (const name of new Set(names)) {
      const found = findPackage(name, packageRealDir);
      if (!found) {
        // An optional or peer dependency npm did not install is not needed; a missing dependency is a broken tree.
        if (optional.has(name) || peers.includes(name)) continue;
        throw new Error(`${manifest.name} depends on ${name}, which is not installed (run npm ci)`);
      }
      visit(realpathSync(found));
    }
  };
  visit(realpathSync(packageDir));

  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const bin = manifest.bin?.['messaging-sandbox'];
  if (!bin) throw new Error(`${manifest.name} has no bin "messaging-sandbox"`);
  const entry = join('node_modules', ...manifest.name.split('/'), bin);
  if (!files.has(entry)) throw new Error(`${entry} is missing: build the sandbox first (npx turbo run build)`);
  return { files: [...files.values()].sort((a, b) => (a.path < b.path ? -1 : 1)), entry, packages };
}

/**
 * One gzip member: a 4-byte big-endian header length, the JSON header `{ entry, files: [[path, size, mode]] }`,
 * then each file's bytes in header order. The bootstrap reads it with zlib alone.
 * @param {{ files: ArchiveFile[], entry: string }} app @returns {Promise<{ raw: Buffer, hash: string }>}
 */
export async function archive(app) {
  const contents = await Promise.all(app.files.map((file) => readFile(file.source)));
  const header = Buffer.from(
    JSON.stringify({
      entry: app.entry.split(sep).join('/'),
      files: app.files.map((file, index) => [file.path.split(sep).join('/'), contents[index]?.length ?? 0, file.mode]),
    }),
  );
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  const raw = Buffer.concat([length, header, ...contents]);
  return { raw, hash: createHash('sha256').update(raw).digest('hex') };
}

/**
 * The SEA's main script (CommonJS: the only kind a SEA runs).
 * @param {string} hash @returns {string}
 */
function bootstrap(hash) {
  return `'use strict';
// messaging-sandbox standalone bootstrap: unpack the app archive once, then run its CLI.
const { getAsset } = require('node:sea');
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const zlib = require('node:zlib');
const vm = require('node:vm');
const { pathToFileURL } = require('node:url');
const HASH = ${JSON.stringify(hash)};

function cacheRoot() {
  if (process.env.MESSAGING_SANDBOX_CACHE) return process.env.MESSAGING_SANDBOX_CACHE;
  if (process.env.XDG_CACHE_HOME) return path.join(process.env.XDG_CACHE_HOME, 'messaging-sandbox');
  const home = os.homedir();
  if (home && home !== '/') return path.join(home, '.cache', 'messaging-sandbox');
  return path.join(os.tmpdir(), 'messaging-sandbox-' + (process.getuid ? process.getuid() : 'user'));
}

function unpack(dir) {
  const raw = zlib.gunzipSync(Buffer.from(getAsset('app.gz')));
  const headerLength = raw.readUInt32BE(0);
  const header = JSON.parse(raw.subarray(4, 4 + headerLength).toString('utf8'));
  // Unpacked beside its final place, then renamed: a concurrent first start never sees half a tree.
  const work = dir + '.unpacking-' + process.pid + '-' + Date.now();
  let offset = 4 + headerLength;
  for (const [file, size, mode] of header.files) {
    const target = path.join(work, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, raw.subarray(offset, offset + size), { mode });
    offset += size;
  }
  fs.writeFileSync(path.join(work, 'entry'), header.entry);
  try {
    fs.renameSync(work, dir);
  } catch (error) {
    fs.rmSync(work, { recursive: true, force: true });
    if (!fs.existsSync(path.join(dir, 'entry'))) throw error;
  }
}

let dir;
try {
  dir = path.join(cacheRoot(), HASH.slice(0, 16));
  if (!fs.existsSync(path.join(dir, 'entry'))) {
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    unpack(dir);
  }
} catch (error) {
  process.stderr.write('messaging-sandbox: cannot unpack into ' + (dir || cacheRoot()) + ' (' + error.message + '); set MESSAGING_SANDBOX_CACHE to a writable directory\\n');
  process.exit(1);
}
// Compiled code is kept next to the app: later starts skip most of the parsing.
try { require('node:module').enableCompileCache(path.join(dir, '.compile-cache')); } catch {}
const entry = path.join(dir, fs.readFileSync(path.join(dir, 'entry'), 'utf8'));
// process.argv[1] is the executable itself in a SEA; the CLI reads its arguments from argv[2] on.
process.argv[1] = entry;
// A SEA's own require() sees only built-in modules; import() through the default loader reads the
// unpacked ES modules. That loader option is flagged experimental; its one warning says nothing to a user.
const emitWarning = process.emitWarning;
process.emitWarning = function (warning, ...rest) {
  if (String((warning && warning.message) || warning).includes('USE_MAIN_CONTEXT_DEFAULT_LOADER')) return;
  return emitWarning.call(process, warning, ...rest);
};
new vm.Script('import(' + JSON.stringify(pathToFileURL(entry).href) + ')', {
  filename: path.join(dir, 'bootstrap.cjs'),
  importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
}).runInThisContext().catch((error) => {
  process.stderr.write('messaging-sandbox: ' + ((error && error.stack) || String(error)) + '\\n');
  process.exit(1);
});
`;
}

/** The Node binary to embed: from node-binaries' cache when it holds this exact version, else `npm pack node-<platform>-<arch>@VERSION`. */
/** @param {(line: string) => void} log @returns {Promise<string>} */
async function nodeBinary(log) {
  const cache = process.env.NODE_BIN_CACHE ?? join(homedir(), '.cache', 'messaging-contracts', 'node-bin');
  const platform = `${process.platform}-${process.arch}`;
  const major = NODE_VERSION.split('.')[0];
  for (const candidate of [
    join(cache, `v${major}-${platform}`, 'bin', 'node'),
    join(cache, 'exact', `v${NODE_VERSION}-${platform}`, 'bin', 'node'),
  ]) {
    if (!existsSync(candidate)) continue;
    const { stdout } = await exec(candidate, ['--version']);
    if (stdout.trim() === `v${NODE_VERSION}`) return candidate;
  }
  const dir = join(cache, 'exact', `v${NODE_VERSION}-${platform}`);
  const pkg = `node-${platform}@${NODE_VERSION}`;
  log(`downloading ${pkg} from the npm registry`);
  const work = `${dir}.download-${process.pid}`;
  await mkdir(work, { recursive: true });
  try {
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_(?!config_)/i.test(key)));
    const { stdout } = await exec('npm', ['pack', pkg, '--json', '--loglevel=error', '--pack-destination', work], {
      cwd: work,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    const [packed] = JSON.parse(stdout);
    await exec('tar', ['-xzf', join(work, packed.filename), '-C', work, 'package/bin/node']);
    await mkdir(join(work, 'out', 'bin'), { recursive: true });
    await rename(join(work, 'package', 'bin', 'node'), join(work, 'out', 'bin', 'node'));
    await rename(join(work, 'out'), dir).catch((error) => {
      if (!existsSync(join(dir, 'bin', 'node'))) throw error;
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return join(dir, 'bin', 'node');
}

/**
 * Builds the executable unless its inputs are unchanged. Resolves to what it did and how long it took.
 * @param {{ force?: boolean, log?: (line: string) => void }} [options]
 */
export async function buildStandalone({ force = false, log = () => undefined } = {}) {
  if (process.platform !== 'linux')
    throw new Error(
      `build-standalone.mjs builds for Linux only (postject's ELF injection, no code signing); this is ${process.platform}`,
    );
  const started = performance.now();
  const app = collectApp();
  const script = await readFile(fileURLToPath(import.meta.url));
  const keyOf = (/** @type {string} */ files) =>
    createHash('sha256').update(files).update(NODE_VERSION).update(script).update(process.arch).digest('hex');
  // Two keys: one of every file's path, size and mtime (no file read: the usual "nothing changed"
  // answer in milliseconds), and one of their contents, which decides when the first differs.
  const statKey = keyOf(
    app.files.map((file) => `${file.path}\0${statSync(file.source).size}\0${statSync(file.source).mtimeMs}`).join('\n'),
  );
  const [lastStatKey, lastContentKey] = existsSync(stampFile)
    ? (await readFile(stampFile, 'utf8')).trim().split(' ')
    : [];
  const upToDate = { built: false, executable, packages: app.packages, files: app.files.length };
  if (!force && existsSync(executable) && lastStatKey === statKey)
    return { ...upToDate, ms: performance.now() - started };
  const { raw, hash: archiveHash } = await archive(app);
  const contentKey = keyOf(archiveHash);
  if (!force && existsSync(executable) && lastContentKey === contentKey) {
    await writeFile(stampFile, `${statKey} ${contentKey}\n`);
    return { ...upToDate, ms: performance.now() - started };
  }

  const node = await nodeBinary(log);
  await mkdir(outDir, { recursive: true });
  const work = join(outDir, `.build-${process.pid}`);
  await rm(work, { recursive: true, force: true });
  await mkdir(work);
  try {
    const gz = gzipSync(raw, { level: 9 });
    await writeFile(join(work, 'app.gz'), gz);
    await writeFile(join(work, 'bootstrap.cjs'), bootstrap(archiveHash));
    await writeFile(
      join(work, 'sea-config.json'),
      JSON.stringify({
        main: join(work, 'bootstrap.cjs'),
        output: join(work, 'sea.blob'),
        disableExperimentalSEAWarning: true,
        useCodeCache: true,
        assets: { 'app.gz': join(work, 'app.gz') },
      }),
    );
    // The blob must come from the same Node version that runs it.
    await exec(node, ['--experimental-sea-config', join(work, 'sea-config.json')], { cwd: work });
    const target = join(work, 'messaging-sandbox');
    await copyFile(node, target);
    await chmod(target, 0o755);
    // postject's CLI in a child: its LIEF core prints a harmless "Can't find string offset for section
    // name '.note…'" per note section of Node's ELF file, kept out of our output; anything else is shown.
    const postject = createRequire(import.meta.url).resolve('postject/dist/cli.js');
    const injected = await exec(process.execPath, [
      postject,
      target,
      'NODE_SEA_BLOB',
      join(work, 'sea.blob'),
      '--sentinel-fuse',
      SEA_FUSE,
    ]);
    const noise = /^warning: Can't find string offset for section name '\.note[\w.]*'$/;
    const progress = /^(Start injection of NODE_SEA_BLOB|\S* ?Injection done!)/;
    for (const line of `${injected.stdout}\n${injected.stderr}`.split('\n')) {
      const text = line.replace(/\x1b\[[0-9;]*m/g, '').trim();
      if (text && !noise.test(text) && !progress.test(text)) log(`postject: ${text}`);
    }
    await rename(target, executable);
    await writeFile(stampFile, `${statKey} ${contentKey}\n`);
    log(
      `built ${relative(process.cwd(), executable)}: Node ${NODE_VERSION}, ${app.files.length} files of ${app.packages.length} packages, ` +
        `archive ${(gz.length / 1e6).toFixed(1)} MB, executable ${(statSync(executable).size / 1e6).toFixed(1)} MB`,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return { built: true, executable, ms: performance.now() - started, packages: app.packages, files: app.files.length };
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== '--force' && arg !== '--quiet');
  if (unknown.length) {
    process.stderr.write(`build-standalone: unknown option ${unknown.join(', ')}; valid: --force, --quiet\n`);
    process.exit(1);
  }
  const quiet = args.includes('--quiet');
  const log = quiet
    ? () => undefined
    : (/** @type {string} */ line) => process.stderr.write(`build-standalone: ${line}\n`);
  try {
    const result = await buildStandalone({ force: args.includes('--force'), log });
    if (!result.built) log(`${relative(process.cwd(), result.executable)} is up to date (inputs unchanged)`);
    log(`${result.built ? 'built' : 'checked'} in ${(result.ms / 1000).toFixed(1)} s`);
  } catch (error) {
    process.stderr.write(`build-standalone: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
