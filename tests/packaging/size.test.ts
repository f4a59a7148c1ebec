import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/apis.mjs';
import config from '../../.size-limit.mjs';
import { bin, describeRun, packages, run, tempDir } from './support.js';

// A client must ship in a few kB: at most a tenth of bandwidth-sdk's ~170 kB gzipped.
const CEILING_BYTES = 17_000;

interface Measured {
  name: string;
  size?: number;
  sizeLimit?: number;
  passed?: boolean;
}

let measured: Measured[];
let scratch: string;

beforeAll(async () => {
  // size-limit bundles into the temp dir and leaves the bundle behind when esbuild fails.
  scratch = await tempDir('packaging-size-');
  const ran = await run(bin('size-limit'), ['--json'], { cwd: repoRoot, env: { ...process.env, TMPDIR: scratch } });
  let report: Measured[] | { error: string };
  try {
    report = JSON.parse(ran.stdout);
  } catch {
    throw new Error(describeRun('size-limit --json', ran));
  }
  if (!Array.isArray(report)) throw new Error(`size-limit failed:\n${report.error}`);
  measured = report;
});

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;

describe('.size-limit.mjs', () => {
  it('measures every published package', () => {
    const unmeasured = packages
      .filter((pkg) => !config.some((check) => check.name.startsWith(`${pkg.name} `)))
      .map((pkg) => pkg.name);
    expect(unmeasured, `.size-limit.mjs has no entry for ${unmeasured.join(', ')}`).toEqual([]);
  });
});

describe.each(config.map((check) => [check.name] as const))('%s (gzipped, dependencies included)', (name) => {
  const result = () => {
    const found = measured.find((entry) => entry.name === name);
    if (!found || found.size === undefined) throw new Error(`size-limit reported no size for "${name}"`);
    return found as Measured & { size: number };
  };

  it('has a limit no higher than a tenth of bandwidth-sdk', () => {
    const { sizeLimit } = result();
    expect(sizeLimit, `"${name}" has no limit in .size-limit.mjs`).toBeTypeOf('number');
    expect(
      sizeLimit!,
      `"${name}": its limit ${kB(sizeLimit!)} is above the ${kB(CEILING_BYTES)} ceiling`,
    ).toBeLessThanOrEqual(CEILING_BYTES);
  });

  it('stays within its limit', () => {
    const { size, sizeLimit = Infinity } = result();
    expect(
      size,
      `"${name}" is ${kB(size)} gzipped, over its ${kB(sizeLimit)} limit (.size-limit.mjs); inspect the bundle with \`npx size-limit --save-bundle <dir>\``,
    ).toBeLessThanOrEqual(sizeLimit);
  });
});
