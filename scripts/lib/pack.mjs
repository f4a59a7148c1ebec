// @ts-check
// The packages this repository publishes, and `npm pack` for them: shared by .size-limit.mjs and tests/packaging.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { loadApis, repoRoot } from './apis.mjs';

/**
 * @typedef {object} ShippedPackage
 * @property {string} name                  e.g. "@messaging-contracts/runtime"
 * @property {string} dir                   absolute path of the package
 * @property {Record<string, any>} manifest its package.json
 * @property {import('./apis.mjs').Api} [api] the API it is the client of; none for shared packages such as the runtime
 */

/**
 * Every API's client package plus the workspace packages they depend on (the runtime), dependencies first.
 * Derived from redocly.yaml and the clients' dependencies, so a new API needs no change here.
 * @returns {ShippedPackage[]}
 */
export function shippedPackages() {
  /** @type {Map<string, ShippedPackage>} */
  const found = new Map();
  const visiting = new Set();
  /** @param {string} dir @param {import('./apis.mjs').Api} [api] */
  const visit = (dir, api) => {
    const known = found.get(dir);
    if (known) {
      if (api) known.api = api;
      return;
    }
    if (visiting.has(dir)) return;
    visiting.add(dir);
    const manifestPath = join(dir, 'package.json');
    if (!existsSync(manifestPath))
      throw new Error(
        `${relative(repoRoot, dir)} has no package.json${api ? ` (the package of API ${api.name}, from redocly.yaml)` : ''}`,
      );
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    for (const dependency of Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })) {
      const workspaceDir = workspacePackageDir(dependency);
      if (workspaceDir) visit(workspaceDir);
    }
    found.set(dir, { name: manifest.name, dir, manifest, ...(api ? { api } : {}) });
  };
  for (const api of loadApis()) visit(api.packageDir, api);
  return [...found.values()];
}

/** The directory of a workspace package (npm links it into node_modules), or undefined for a registry package. */
function workspacePackageDir(/** @type {string} */ name) {
  const linked = join(repoRoot, 'node_modules', ...name.split('/'));
  if (!existsSync(linked)) return undefined;
  const real = realpathSync(linked);
  return real.startsWith(repoRoot + sep) && !relative(repoRoot, real).split(sep).includes('node_modules')
    ? real
    : undefined;
}

/**
 * The file `import "<package>"` loads, from `exports["."]`.
 * @param {Record<string, any>} manifest
 * @returns {string} relative to the package, e.g. "./dist/index.js"
 */
export function importEntry(manifest) {
  /** @param {unknown} target @returns {string | undefined} */
  const pick = (target) => {
    if (typeof target === 'string') return target;
    if (target && typeof target === 'object') {
      const conditions = /** @type {Record<string, unknown>} */ (target);
      for (const condition of ['import', 'node', 'default']) {
        const picked = pick(conditions[condition]);
        if (picked) return picked;
      }
    }
    return undefined;
  };
  const { exports } = manifest;
  const subpaths = exports && typeof exports === 'object' && Object.keys(exports).some((key) => key.startsWith('.'));
  const entry = pick(subpaths ? exports['.'] : exports);
  if (!entry) throw new Error(`${manifest.name}: package.json exports["."] has no import/default target`);
  return entry;
}

/**
 * The environment for a child npm: without the npm_* variables an enclosing `npm test` exports
 * (npm_config_local_prefix and friends would point the child at the workspace), keeping registry,
 * cache, proxy and TLS settings.
 */
export function npmEnv() {
  const keep =
    /^npm_config_(registry|cache|userconfig|globalconfig|cafile|strict_ssl|https?_proxy|proxy|noproxy|no_proxy)$/i;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) || keep.test(key)));
}

/**
 * @typedef {object} PackedFile
 * @property {string} path  relative to the package, e.g. "dist/index.js"
 * @property {number} size
 */

/**
 * @typedef {object} PackResult
 * @property {string} name
 * @property {string} version
 * @property {string} filename  the tarball's file name
 * @property {PackedFile[]} files
 */

/**
 * What `npm pack` would put in each package's tarball, without writing one.
 * @param {string[]} dirs
 * @returns {Promise<PackResult[]>}
 */
export function packDryRun(dirs) {
  return npmPack(dirs, ['--dry-run']);
}

/**
 * Pack each package into `destination`, in one npm run.
 * @param {string[]} dirs
 * @param {string} destination
 * @returns {Promise<(PackResult & { tarball: string })[]>}
 */
export async function packInto(dirs, destination) {
  const results = await npmPack(dirs, ['--pack-destination', destination]);
  return results.map((result) => ({ ...result, tarball: join(destination, result.filename) }));
}

/**
 * @param {string[]} dirs
 * @param {string[]} options
 * @returns {Promise<PackResult[]>}
 */
async function npmPack(dirs, options) {
  const args = ['pack', '--json', '--loglevel=error', ...options, ...dirs];
  /** @type {string} */
  const stdout = await new Promise((resolve, reject) => {
    execFile('npm', args, { cwd: repoRoot, env: npmEnv(), maxBuffer: 64 * 1024 * 1024 }, (error, out, err) => {
      if (error) reject(new Error(`npm ${args.join(' ')} failed:\n${err || out || error.message}`));
      else resolve(out);
    });
  });
  /** @type {PackResult[]} */
  const results = JSON.parse(stdout);
  if (results.length !== dirs.length)
    throw new Error(`npm pack packed ${results.length} packages, expected ${dirs.length}: ${dirs.join(', ')}`);
  return results;
}
