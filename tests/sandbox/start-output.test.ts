// `npm start` as a new user meets it: a fresh HOME (so turbo has never run and would print its
// telemetry notice), the supported Node, and none of the opt-outs CI sets. Its output must carry no
// telemetry banner and no end-of-life notice, and each sandbox line names its API. It runs in a copy
// of the repository, so its build never rewrites the files the rest of the suite is reading.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadApis } from '../../scripts/lib/apis.mjs';
import { copyRepository } from '../../scripts/lib/drift.mjs';
import { npmEnv } from '../../scripts/lib/pack.mjs';
import { eventually, listening } from './support.js';

// What turbo, Redocly and npm print when they are not told to keep quiet, matched loosely so a
// reworded banner is still caught.
const UNWANTED = /telemetry|end[- ]of[- ]life|support is ending|deprecation warning|update available|new version of/i;
const OPT_OUTS = /^(TURBO_TELEMETRY_DISABLED|DO_NOT_TRACK|TURBO_NO_UPDATE_NOTIFIER|REDOCLY_.*|CI|XDG_.*)$/i;

let home: string | undefined;
let copy: Awaited<ReturnType<typeof copyRepository>> | undefined;
afterAll(async () => {
  if (home) await rm(home, { recursive: true, force: true });
  await copy?.dispose();
});

it('npm start prints no telemetry banner and no end-of-life notice, and names each API on its line', async () => {
  home = await mkdtemp(join(tmpdir(), 'start-output-home-'));
  copy = await copyRepository();
  // As a fresh clone has it: nothing built yet (what `npm start` must build before it imports the sandbox).
  for (const api of loadApis())
    await rm(join(copy.root, 'packages', basename(api.packageDir), 'dist'), { recursive: true, force: true });
  for (const built of ['runtime', 'sandbox', 'specs'])
    await rm(join(copy.root, 'packages', built, 'dist'), { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...Object.fromEntries(Object.entries(npmEnv()).filter(([key]) => !OPT_OUTS.test(key))),
    HOME: home,
    USERPROFILE: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_CACHE_HOME: join(home, '.cache'),
    // No npm update notice either: that one is npm's own, printed after the script, not by it.
    npm_config_update_notifier: 'false',
    MOCK_PORT: '0',
    DOCS_PORT: '0',
  };
  // Detached: npm, its shell and node lead their own process group, which is ended as a whole.
  const child = spawn('npm', ['start'], { cwd: copy.root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    await eventually(
      () => output.includes('Ctrl-C stops everything') || child.exitCode !== null,
      280_000,
      'npm start to print its ready lines',
    );
    expect(output, `npm start did not get ready:\n${output}`).toContain('Ctrl-C stops everything');
    const unwanted = output.split('\n').filter((line) => UNWANTED.test(line));
    expect(unwanted, `npm start printed:\n${output}`).toEqual([]);
    for (const api of loadApis())
      expect(output, `no start line names ${api.name}:\n${output}`).toMatch(
        new RegExp(`^sandbox\\s+${api.name}\\s+http://127\\.0\\.0\\.1:\\d+`, 'm'),
      );
    const ports = [...new Set([...output.matchAll(/http:\/\/127\.0\.0\.1:(\d+)/g)].map((match) => Number(match[1])))];
    process.kill(-child.pid!, 'SIGINT');
    await exited;
    for (const port of ports) expect(await listening(port), `port ${port} after Ctrl-C`).toBe(false);
  } finally {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}, 300_000);
