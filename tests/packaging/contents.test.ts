import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/apis.mjs';
import { packDryRun, type PackResult } from '../../scripts/lib/pack.mjs';
import { packages } from './support.js';

const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICEN[CS]E(\.(md|txt))?$/i,
  /^CHANGELOG\.md$/,
  /^dist\/.+\.js$/,
  /^dist\/.+\.d\.ts$/,
];
const TEST_FILE = /(^|\/)(__tests__|tests?|fixtures?)\/|\.(test|spec|test-d)\.(js|d\.ts)$/;

let packed: Map<string, PackResult>;

beforeAll(async () => {
  const results = await packDryRun(packages.map((pkg) => pkg.dir));
  packed = new Map(results.map((result) => [result.name, result]));
});

/** Every path string in an `exports` value, with the conditions object it sits in. */
function exportTargets(value: unknown, where: string): { where: string; target: string }[] {
  if (typeof value === 'string') return [{ where, target: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => exportTargets(item, `${where}[${index}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => exportTargets(item, `${where}["${key}"]`));
  return [];
}

/** Conditions objects in `exports` whose "types" is not their first key: TypeScript takes the first condition that matches. */
function typesNotFirst(value: unknown, where: string): string[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  const keys = Object.keys(value);
  const misplaced =
    keys.includes('types') && keys[0] !== 'types'
      ? [
          `${where} lists "types" after ${keys
            .slice(0, keys.indexOf('types'))
            .map((key) => `"${key}"`)
            .join(', ')}`,
        ]
      : [];
  return [...misplaced, ...Object.entries(value).flatMap(([key, item]) => typesNotFirst(item, `${where}["${key}"]`))];
}

function matches(target: string, files: string[]): boolean {
  const path = target.replace(/^\.\//, '');
  if (!path.includes('*')) return files.includes(path);
  const pattern = new RegExp(
    `^${path
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+')}$`,
  );
  return files.some((file) => pattern.test(file));
}

async function sourceModules(dir: string): Promise<string[]> {
  const src = join(dir, 'src');
  if (!existsSync(src)) return [];
  const entries = await readdir(src, { recursive: true });
  return entries
    .map((entry) => entry.split('\\').join('/'))
    .filter((entry) => entry.endsWith('.ts') && !entry.endsWith('.d.ts') && !TEST_FILE.test(entry))
    .map((entry) => entry.replace(/\.ts$/, ''));
}

describe.each(packages.map((pkg) => [pkg.name, pkg] as const))('%s tarball', (name, pkg) => {
  const where = relative(repoRoot, pkg.dir);
  const files = () => {
    const result = packed.get(name);
    if (!result)
      throw new Error(`npm pack gave no result for ${name} (${where}); it packed ${[...packed.keys()].join(', ')}`);
    return result.files.map((file) => file.path).sort();
  };

  it('ships package.json, README.md, compiled JavaScript and declarations', () => {
    const shipped = files();
    const missing = [
      !shipped.includes('package.json') && 'package.json',
      !shipped.includes('README.md') && `README.md (write ${where}/README.md; "files" must list it)`,
      !shipped.some((file) => /^dist\/.+\.js$/.test(file)) && 'dist/**/*.js (is the package built?)',
      !shipped.some((file) => /^dist\/.+\.d\.ts$/.test(file)) && 'dist/**/*.d.ts (is "declaration" on?)',
    ].filter(Boolean);
    expect(missing, `${name} does not ship:\n${missing.join('\n')}\nIt ships:\n${shipped.join('\n')}`).toEqual([]);
  });

  it('ships nothing else: no sources, tests, tsconfig or source maps', () => {
    const unexpected = files().filter((file) => !ALLOWED.some((pattern) => pattern.test(file)) || TEST_FILE.test(file));
    expect(
      unexpected,
      `${name} ships files a user does not need (narrow "files" in ${where}/package.json):\n${unexpected.join('\n')}`,
    ).toEqual([]);
  });

  it('ships only current build output: one .js and one .d.ts for each module in src/', async () => {
    const shipped = files();
    const modules = await sourceModules(pkg.dir);
    const built = shipped
      .filter((file) => /^dist\/.+(\.d\.ts|\.js)$/.test(file))
      .map((file) => file.replace(/^dist\//, '').replace(/(\.d\.ts|\.js)$/, ''));
    const stale = [...new Set(built.filter((module) => !modules.includes(module)))].map(
      (module) => `dist/${module}.* has no src/${module}.ts (stale build output: delete ${where}/dist and rebuild)`,
    );
    const unbuilt = modules.flatMap((module) =>
      [`dist/${module}.js`, `dist/${module}.d.ts`]
        .filter((file) => !shipped.includes(file))
        .map((file) => `${file} is missing for src/${module}.ts`),
    );
    expect([...stale, ...unbuilt], `${name}:\n${[...stale, ...unbuilt].join('\n')}`).toEqual([]);
  });

  it('declares an ES module with types: type, exports (types first), types, files, sideEffects, license', () => {
    const manifest = pkg.manifest;
    const problems = [
      manifest.type !== 'module' && `"type" is ${JSON.stringify(manifest.type)}, not "module"`,
      (!manifest.exports || typeof manifest.exports !== 'object') && '"exports" is missing or not an object',
      manifest.exports?.['.'] &&
        typeof manifest.exports['.'] === 'object' &&
        !('types' in manifest.exports['.']) &&
        '"exports"["."] has no "types" condition',
      ...typesNotFirst(manifest.exports, '"exports"'),
      typeof manifest.types !== 'string' && '"types" is missing',
      (!Array.isArray(manifest.files) || manifest.files.length === 0) &&
        '"files" is missing: without it npm ships everything not ignored',
      manifest.sideEffects !== false &&
        `"sideEffects" is ${JSON.stringify(manifest.sideEffects)}, not false (bundlers cannot drop unused modules)`,
      (typeof manifest.license !== 'string' || manifest.license.trim() === '') && '"license" is missing',
      manifest.private === true && '"private" is true: it could not be published',
    ].filter(Boolean);
    expect(problems, `${where}/package.json:\n${problems.join('\n')}`).toEqual([]);
  });

  it('points "exports", "types" and "main" only at files in the tarball', () => {
    const shipped = files();
    const targets = [
      ...exportTargets(pkg.manifest.exports, '"exports"'),
      ...(['types', 'typings', 'main', 'module'] as const)
        .filter((field) => typeof pkg.manifest[field] === 'string')
        .map((field) => ({ where: `"${field}"`, target: pkg.manifest[field] as string })),
    ];
    expect(targets.length, `${where}/package.json points at no files`).toBeGreaterThan(0);
    const dangling = targets
      .filter(({ target }) => !matches(target, shipped))
      .map(({ where: field, target }) => `${field}: ${target}`);
    expect(dangling, `${where}/package.json points at files the tarball lacks:\n${dangling.join('\n')}`).toEqual([]);
  });
});
