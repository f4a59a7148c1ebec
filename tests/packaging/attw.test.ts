import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packInto } from '../../scripts/lib/pack.mjs';
import { bin, describeRun, packages, run, tempDir } from './support.js';

// attw's esm-only profile: these packages are ESM only, so a CommonJS `require` is not expected to resolve.
const PROFILE = 'esm-only';
const IGNORED_RESOLUTIONS = ['node10', 'node16-cjs'];

interface Problem {
  kind: string;
  entrypoint?: string;
  resolutionKind?: string;
  [detail: string]: unknown;
}

let dir: string;
let tarballs: Map<string, string>;

// Packed once into a private directory: `attw --pack <dir>` would write its tarball into the package
// directory, where two concurrent test runs would delete each other's.
beforeAll(async () => {
  dir = await tempDir('packaging-attw-');
  const packed = await packInto(
    packages.map((pkg) => pkg.dir),
    dir,
  );
  tarballs = new Map(packed.map((result) => [result.name, result.tarball]));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function describeProblem({ kind, entrypoint, resolutionKind, ...details }: Problem): string {
  const rest = Object.entries(details).map(([key, value]) => `${key}=${JSON.stringify(value)}`);
  return `${kind} at "${entrypoint ?? '(package)'}"${resolutionKind ? ` when resolved as ${resolutionKind}` : ''}${rest.length ? ` (${rest.join(', ')})` : ''}`;
}

describe.each(packages.map((pkg) => [pkg.name] as const))('%s types (attw)', (name) => {
  it(`resolve without problems under attw's ${PROFILE} profile`, async () => {
    const tarball = tarballs.get(name);
    if (!tarball) throw new Error(`npm pack gave no tarball for ${name}`);
    const ran = await run(bin('attw'), [tarball, '--format', 'json', '--profile', PROFILE], { cwd: dir });
    let report: { analysis?: { types?: unknown; problems?: Problem[] } };
    try {
      report = JSON.parse(ran.stdout);
    } catch {
      throw new Error(describeRun(`attw ${name}`, ran));
    }
    expect(report.analysis?.types, `attw finds no types in ${name}`).toBeTruthy();
    // The JSON lists every problem; the exit code already leaves out the resolutions the profile ignores.
    const problems = (report.analysis?.problems ?? []).filter(
      (problem) => !IGNORED_RESOLUTIONS.includes(problem.resolutionKind ?? ''),
    );
    expect(
      problems.map(describeProblem),
      `attw finds problems in ${name} (see https://github.com/arethetypeswrong/arethetypeswrong.github.io/tree/main/docs/problems):\n${problems.map(describeProblem).join('\n')}`,
    ).toEqual([]);
    expect(ran.code, describeRun(`attw ${name}`, ran)).toBe(0);
  });
});
