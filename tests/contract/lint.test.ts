import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/apis.mjs';
import { redoclyEnv } from '../../scripts/lib/docs.mjs';
import { apis } from '../support/spec.js';

const run = promisify(execFile);
const redocly = join(dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')), 'bin', 'cli.js');

async function lint(args: string[], cwd = repoRoot) {
  try {
    const { stdout, stderr } = await run(process.execPath, [redocly, 'lint', ...args], { cwd, env: redoclyEnv });
    return { code: 0, stdout, output: `${stdout}${stderr}` };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, output: `${failed.stdout}${failed.stderr}` };
  }
}

describe('specs lint clean', () => {
  it('every API in redocly.yaml lints with no errors and no warnings', async () => {
    const { code, stdout } = await lint(['--format=json']);
    // One JSON report per API, printed back to back ("}{"); no report contains "}{" itself.
    const reports = stdout
      .split(/(?<=\})\s*(?=\{)/)
      .filter((part) => part.trim())
      .map((part) => JSON.parse(part));
    expect(reports).toHaveLength(apis.length);
    for (const report of reports) {
      expect(
        report.problems.map(
          (problem: any) => `${problem.ruleId}: ${problem.message} at ${problem.location?.[0]?.source?.ref ?? ''}`,
        ),
      ).toEqual([]);
      expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    }
    expect(code).toBe(0);
  });

  it('a malformed spec fails lint, naming the file and line', async () => {
    const api = apis[0]!;
    const copy = await mkdtemp(join(tmpdir(), 'lint-'));
    try {
      await cp(api.specDir, copy, { recursive: true });
      const entry = join(copy, relative(api.specDir, api.root));
      // A title that is not a string: lint must say which file and which line.
      const lines = (await readFile(entry, 'utf8')).split('\n');
      const titleLine = lines.findIndex((line) => /^ {2}title: /.test(line));
      lines[titleLine] = '  title: 42';
      await writeFile(entry, lines.join('\n'));

      const { code, output } = await lint([entry, `--config=${join(repoRoot, 'redocly.yaml')}`]);
      expect(code).not.toBe(0);
      expect(output).toContain(`${relative(repoRoot, entry)}:${titleLine + 1}:`);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });
});

describe('the API list', () => {
  const specFolders = readdirSync(join(repoRoot, 'specs'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);

  it('registers every folder under specs/', () => {
    expect(apis.map((api) => api.name).sort()).toEqual(specFolders.sort());
  });

  // `npm test` builds every workspace (packages/*) before the tests, so a new API's package needs no
  // entry in tests/package.json: it must only be a workspace with a build script.
  it.each(apis.map((api) => [api.name, api] as const))(
    '%s has its client package, named after it, a workspace that npm test builds',
    async (name, api) => {
      const manifest = JSON.parse(await readFile(join(api.packageDir, 'package.json'), 'utf8'));
      expect(manifest.name).toBe(`@messaging-contracts/${name}`);
      expect(relative(repoRoot, api.packageDir), 'client packages live under packages/ (a workspace)').toBe(
        join('packages', name),
      );
      expect(manifest.scripts?.build, `packages/${name}/package.json needs a build script`).toEqual(expect.any(String));
      const rootManifest = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8'));
      expect(rootManifest.workspaces).toContain('packages/*');
      expect(rootManifest.scripts.test, 'npm test must build every workspace before the tests').toMatch(
        /^turbo run build\b[^&]*&& turbo run test\b/,
      );
    },
  );
});
