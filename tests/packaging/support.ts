import { spawn } from 'node:child_process';
import { mkdtemp, realpath } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { repoRoot } from '../../scripts/lib/apis.mjs';
import { shippedPackages, type ShippedPackage } from '../../scripts/lib/pack.mjs';

/** The client package of every API plus the runtime they share. */
export const packages: ShippedPackage[] = shippedPackages();

export interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Run a command to completion and keep its output, whatever its exit code. */
export function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'], timeout: options.timeoutMs ?? 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** How a finished command ended, for failure messages. */
export function describeRun(what: string, ran: Ran): string {
  const ending = ran.signal ? `was killed by ${ran.signal} (timed out?)` : `exited with ${ran.code}`;
  return [`${what} ${ending}`, ran.stderr.trim() && `stderr:\n${ran.stderr.trim()}`, ran.stdout.trim() && `stdout:\n${ran.stdout.trim()}`].filter(Boolean).join('\n');
}

/** A fresh directory under the OS temp dir, which must not be inside the repository (npm would find the workspace). */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), prefix)));
  if (dir.startsWith(repoRoot + sep)) throw new Error(`${dir} is inside the repository; point TMPDIR elsewhere`);
  return dir;
}

export const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);
