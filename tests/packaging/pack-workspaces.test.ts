// `npm pack --workspaces` at the repository root packs every package (it failed while the private
// tests and bench workspaces had no version).
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/apis.mjs';

it('npm pack --workspaces packs every package under packages/', async () => {
  const { stdout } = await promisify(execFile)('npm', ['pack', '--workspaces', '--dry-run', '--json'], {
    cwd: repoRoot,
    maxBuffer: 64 * 1024 * 1024,
  });
  const packed = (JSON.parse(stdout) as Array<{ name: string }>).map((entry) => entry.name);
  const packages = readdirSync(join(repoRoot, 'packages')).map(
    (folder) =>
      (JSON.parse(readFileSync(join(repoRoot, 'packages', folder, 'package.json'), 'utf8')) as { name: string }).name,
  );
  expect(packed).toEqual(expect.arrayContaining(packages));
});
