// @ts-check
// Install footprint: the bytes each option adds to a production node_modules.
import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packDryRun } from '../../scripts/lib/pack.mjs';
import { repoRoot } from './fixtures.mjs';

/**
 * @typedef {object} PackageSize
 * @property {string} name
 * @property {string} version
 * @property {number} bytes   apparent size of its files (nested node_modules excluded: counted as packages of their own)
 * @property {number} files
 */

/**
 * @typedef {object} Footprint
 * @property {string} option
 * @property {number} bytes
 * @property {number} files
 * @property {PackageSize[]} packages
 */

/**
 * Ours: what `npm pack` puts in the runtime's and the v2 client's tarballs (what a user installs),
 * plus the installed registry dependencies of both (openapi-fetch and its closure).
 * @returns {Promise<Footprint>}
 */
export async function oursFootprint() {
  const dirs = [join(repoRoot, 'packages', 'runtime'), join(repoRoot, 'packages', 'bandwidth-messaging-v2')];
  const packed = await packDryRun(dirs);
  /** @type {PackageSize[]} */
  const packages = packed.map((result) => ({
    name: result.name,
    version: result.version,
    bytes: result.files.reduce((sum, file) => sum + file.size, 0),
    files: result.files.length,
  }));
  /** @type {Map<string, PackageSize>} */
  const seen = new Map();
  for (const dir of dirs) {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    for (const dependency of Object.keys(manifest.dependencies ?? {})) {
      if (dependency.startsWith('@messaging-contracts/')) continue; // packed above
      collectClosure(dependency, dir, seen);
    }
  }
  return total('ours', [...packages, ...seen.values()]);
}

/**
 * A registry package with everything it installs (its production dependency closure).
 * @param {string} option
 * @param {string} name
 * @returns {Footprint}
 */
export function registryFootprint(option, name) {
  /** @type {Map<string, PackageSize>} */
  const seen = new Map();
  collectClosure(name, join(repoRoot, 'bench'), seen);
  return total(option, [...seen.values()]);
}

/** @param {string} option @param {PackageSize[]} packages @returns {Footprint} */
function total(option, packages) {
  return {
    option,
    bytes: packages.reduce((sum, pkg) => sum + pkg.bytes, 0),
    files: packages.reduce((sum, pkg) => sum + pkg.files, 0),
    packages: packages.sort((a, b) => b.bytes - a.bytes),
  };
}

/**
 * Add `name`, as Node would resolve it from `fromDir`, and its dependencies (and installed optional ones) to `seen`.
 * @param {string} name
 * @param {string} fromDir
 * @param {Map<string, PackageSize>} seen keyed by real directory
 * @param {boolean} [optional]
 */
function collectClosure(name, fromDir, seen, optional = false) {
  const dir = resolvePackageDir(name, fromDir);
  if (!dir) {
    if (optional) return;
    throw new Error(`${name} (needed from ${fromDir}) is not installed`);
  }
  if (seen.has(dir)) return;
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const { bytes, files } = directorySize(dir);
  seen.set(dir, { name: manifest.name, version: manifest.version, bytes, files });
  for (const dependency of Object.keys(manifest.dependencies ?? {})) collectClosure(dependency, dir, seen);
  for (const dependency of Object.keys(manifest.optionalDependencies ?? {}))
    collectClosure(dependency, dir, seen, true);
}

/** Node's lookup: node_modules/<name> in `fromDir` and each parent. @returns {string | undefined} */
function resolvePackageDir(/** @type {string} */ name, /** @type {string} */ fromDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dirname(dir) === dir) return undefined;
  }
}

/** Apparent size of a directory's files, without nested node_modules. */
function directorySize(/** @type {string} */ dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = directorySize(path);
      bytes += inner.bytes;
      files += inner.files;
    } else if (entry.isFile()) {
      bytes += statSync(path).size;
      files++;
    }
  }
  return { bytes, files };
}
