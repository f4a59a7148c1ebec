// The sandbox README's "Installing from tarballs" commands, run as written: `npm pack --workspaces`
// into ../tarballs, then each `npm install ../tarballs/…` line in a fresh project beside it, then the
// block's last command. The tarball names (with their versions) must be the ones npm pack writes.
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/apis.mjs';
import { npmEnv } from '../../scripts/lib/pack.mjs';
import { describeRun, run, tempDir } from './support.js';

const README = join(repoRoot, 'packages', 'sandbox', 'README.md');
let root: string;
let commands: string[][];

/** The ```sh block of the "Installing from tarballs" section, one command per line, comments dropped. */
function tarballBlock(readme: string): string[][] {
  const section = readme.slice(readme.indexOf('## Installing from tarballs'));
  const block = /^```sh[ \t]*\r?\n([\s\S]*?)^```/m.exec(section);
  if (!section.startsWith('## Installing from tarballs') || !block)
    throw new Error('packages/sandbox/README.md has no ```sh block under "## Installing from tarballs"');
  return block[1]!
    .split('\n')
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter(Boolean)
    .flatMap((line) => line.split(/\s*&&\s*/))
    .map((line) => line.split(/\s+/));
}

beforeAll(async () => {
  commands = tarballBlock(await readFile(README, 'utf8'));
  root = await tempDir('tarball-install-');
  await mkdir(join(root, 'project'));
  await mkdir(join(root, 'tarballs'));
  await writeFile(join(root, 'project', 'package.json'), JSON.stringify({ name: 'tarball-user', private: true }));
}, 30_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

it('installs a client and the sandbox from the tarballs the README names, and the sandbox runs', async () => {
  const pack = commands.find(([command, sub]) => command === 'npm' && sub === 'pack');
  expect(pack, 'the block packs with npm pack').toBeDefined();
  // The checkout's build is the test run's; the pack line runs in the checkout with ../tarballs meaning <root>/tarballs.
  const destination = pack!.indexOf('--pack-destination');
  expect(pack![destination + 1]).toBe('../tarballs');
  const packed = await run(
    'npm',
    [...pack!.slice(1, destination), '--pack-destination', join(root, 'tarballs'), '--loglevel=error'],
    { cwd: repoRoot, env: npmEnv(), timeoutMs: 170_000 },
  );
  expect(packed.code, describeRun(pack!.join(' '), packed)).toBe(0);
  const written = await readdir(join(root, 'tarballs'));

  const installs = commands.filter(([command, sub]) => command === 'npm' && sub === 'install');
  expect(installs.length).toBeGreaterThanOrEqual(2);
  for (const line of installs) {
    for (const tarball of line.filter((arg) => arg.endsWith('.tgz')))
      expect(written, `${line.join(' ')} names a tarball npm pack did not write`).toContain(tarball.split('/').at(-1));
    const ran = await run(
      'npm',
      [...line.slice(1), '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'],
      {
        cwd: join(root, 'project'),
        env: npmEnv(),
        timeoutMs: 170_000,
      },
    );
    expect(ran.code, describeRun(line.join(' '), ran)).toBe(0);
  }

  const last = commands.at(-1)!;
  expect(last.slice(0, 2)).toEqual(['npx', 'messaging-sandbox']);
  const listed = await run(last[0]!, last.slice(1), { cwd: join(root, 'project'), env: npmEnv(), timeoutMs: 60_000 });
  expect(listed.code, describeRun(last.join(' '), listed)).toBe(0);
  expect(listed.stdout).toMatch(/^bandwidth-messaging-v2\s+4010/m);
  // The client installed by the first line loads, with its runtime.
  const client = await run(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "const m = await import('@messaging-contracts/bandwidth-messaging-v2'); console.log(Object.keys(m).length)",
    ],
    { cwd: join(root, 'project'), timeoutMs: 30_000 },
  );
  expect(client.code, describeRun('importing the installed client', client)).toBe(0);
  expect(Number(client.stdout.trim())).toBeGreaterThan(0);
}, 600_000);
