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
export function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: options.timeoutMs ?? 60_000,
    });
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
  return [
    `${what} ${ending}`,
    ran.stderr.trim() && `stderr:\n${ran.stderr.trim()}`,
    ran.stdout.trim() && `stdout:\n${ran.stdout.trim()}`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** A fresh directory under the OS temp dir, which must not be inside the repository (npm would find the workspace). */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), prefix)));
  if (dir.startsWith(repoRoot + sep)) throw new Error(`${dir} is inside the repository; point TMPDIR elsewhere`);
  return dir;
}

export const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);

/** The ```sh block right after `<!-- consumer-test: <marker> -->` in a README, one command per line (comments and blank lines dropped). */
export function markedShellBlock(readme: string, marker: string, where: string): string[][] {
  const comment = `<!-- consumer-test: ${marker} -->`;
  const at = readme.indexOf(comment);
  const block =
    at === -1 ? null : /^\s*```(?:sh|bash|shell)[ \t]*\r?\n([\s\S]*?)^```/m.exec(readme.slice(at + comment.length));
  if (!block) throw new Error(`${where} has no \`\`\`sh block right after "${comment}"`);
  const commands = block[1]!
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter(Boolean)
    .map((line) => {
      if (/["'`$|&;<>\\]/.test(line))
        throw new Error(
          `${where}: "${line}" in the ${marker} block needs a shell; keep each line a plain command (it is run as is, on any OS)`,
        );
      return line.split(/\s+/);
    });
  for (const [command] of commands) {
    if (command !== 'npm' && command !== 'npx' && command !== 'node')
      throw new Error(
        `${where}: the ${marker} block may only run npm, npx and node (the same on every OS), not ${command}`,
      );
  }
  return commands;
}

/** Lines printed more than once, among the lines that start a statement (indented lines belong to a printed object). */
export function repeatedLines(stdout: string): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const line of stdout.split(/\r?\n/)) {
    if (!line.trim() || /^[\s{}[\]]/.test(line)) continue;
    if (seen.has(line)) repeated.add(line);
    seen.add(line);
  }
  return [...repeated];
}
