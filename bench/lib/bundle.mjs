// @ts-check
// Bundle size of the tiny programs in bench/programs/: one esbuild config for every option.
import { builtinModules } from 'node:module';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { benchDir, repoRoot } from './fixtures.mjs';

/**
 * The one config: a browser ESM bundle, minified. Node's built-ins are left external (not bundled)
 * for every option alike: bandwidth-sdk pulls in `events` and `url` through xmlbuilder2, which a
 * browser build would have to polyfill, so its real browser cost is somewhat above what is shown.
 * @type {import('esbuild').BuildOptions}
 */
export const BUNDLE_CONFIG = {
  bundle: true,
  platform: 'browser',
  format: 'esm',
  minify: true,
  target: 'es2022',
  external: [...builtinModules, 'node:*'],
  write: false,
  metafile: true,
  logLevel: 'silent',
};

/**
 * @typedef {object} BundleResult
 * @property {string} program       e.g. "ours"
 * @property {number} minifiedBytes
 * @property {number} gzipBytes     gzip -9 of the minified bundle
 * @property {string[]} external    Node built-ins the bundle still imports
 * @property {{ name: string, bytes: number }[]} largest  the largest packages in the minified output
 */

/**
 * @param {string} program the name of a file in bench/programs/, without .mjs
 * @returns {Promise<BundleResult>}
 */
export async function measureBundle(program) {
  const result = await build({
    ...BUNDLE_CONFIG,
    entryPoints: [join(benchDir, 'programs', `${program}.mjs`)],
    absWorkingDir: repoRoot,
    outfile: 'out.js',
  });
  const [output] = result.outputFiles ?? [];
  if (!output) throw new Error(`esbuild wrote nothing for ${program}`);
  const meta = Object.values(result.metafile?.outputs ?? {})[0];
  /** @type {Map<string, number>} */
  const byPackage = new Map();
  for (const [file, { bytesInOutput }] of Object.entries(meta?.inputs ?? {})) {
    const name = packageOf(file);
    byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
  }
  return {
    program,
    minifiedBytes: output.contents.length,
    gzipBytes: gzipSync(output.contents, { level: 9 }).length,
    external: [...new Set((meta?.imports ?? []).filter((entry) => entry.external).map((entry) => entry.path))].sort(),
    largest: [...byPackage]
      .map(([name, bytes]) => ({ name, bytes }))
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 4),
  };
}

/** "node_modules/@scope/name/lib/x.js" → "@scope/name"; a workspace file → its package directory. */
function packageOf(/** @type {string} */ file) {
  const parts = relative(repoRoot, join(repoRoot, file)).split(sep);
  const at = parts.lastIndexOf('node_modules');
  if (at >= 0) {
    const first = parts[at + 1] ?? '';
    return first.startsWith('@') ? `${first}/${parts[at + 2]}` : first;
  }
  if (parts[0] === 'packages') return `@messaging-contracts/${parts[1]}`;
  return parts.join('/');
}
