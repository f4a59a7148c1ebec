#!/usr/bin/env node
// messaging-sandbox <api...> [options]: start the sandboxes, print "<api> <url>" once each answers,
// stop everything on SIGINT/SIGTERM. Exit 1 (and nothing printed as ready) when any cannot start.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SandboxStartError } from './core/errors.js';
import { sandboxApis, startSandboxes } from './core/many.js';
import type { Sandbox, SandboxOptions } from './core/sandbox.js';

const HELP = `Usage: messaging-sandbox <api...> [options]

Starts a stateful sandbox of each API (Prism validates every request and answer against the
contract) and prints "<api> <url>" for each once it answers. Ctrl-C (SIGINT) or SIGTERM stops all.

APIs: ${safeApiNames()}

Also: messaging-sandbox proxy | check-receiver | report  (each with --help)

Options:
  --port N                  port of the first API (the next ones get N+1, ...); 0 = free ports.
                            Default: each API's usual port (4010, 4011, 4012).
  --host H                  interface to listen on (default 127.0.0.1)
  --stateless               Prism's examples only, no state or callbacks (like prism mock)
  --credentials USER:PASS   accept only these Basic credentials (default: any)
  --callback-url URL        where status callbacks go when the API configures them outside the
                            request (Bandwidth v2: the application's callback URL)
  --inbound-callback-url URL  where inbound-message callbacks go (default: --callback-url)
  --callback-credentials USER:PASS  Basic credentials the callbacks carry (v2: after a 401 challenge)
  --delay NAME=MS           a state-transition delay (repeatable), e.g. --delay delivered=2000
  --option NAME=VALUE       an API-specific option (repeatable; VALUE is JSON or a string),
                            e.g. --option mmsDeliveryReceipts=false
  --max-attempts N          callback attempts before giving up (default 3)
  --duplicates              deliver every callback twice
  --out-of-order            deliver callbacks of each 100 ms window newest first
  --store-capacity N        records kept per store before the oldest is evicted (default 100000)
  --spec FILE               serve this spec (YAML or JSON, $refs to other files allowed) instead
                            of the bundled one; with several APIs, give one --spec per API, in order
  --quiet                   no log lines on stderr
  --list                    print the APIs and their usual ports, then exit
  --help                    this text
`;

function safeApiNames(): string {
  try {
    return sandboxApis()
      .map((api) => api.name)
      .join(', ');
  } catch {
    return '(the @messaging-contracts/specs package is missing)';
  }
}

function fail(message: string): never {
  process.stderr.write(`messaging-sandbox: ${message}\n`);
  process.exit(1);
}

function number(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) fail(`${name} must be a non-negative integer, not "${value}"`);
  return parsed;
}

// The subcommands that check the contract against reality have options of their own and never return here.
const subcommand = process.argv[2];
if (subcommand === 'proxy' || subcommand === 'check-receiver' || subcommand === 'report')
  await (await import('./proxy/cli.js')).runSubcommand(subcommand, process.argv.slice(3));

let parsed: ReturnType<typeof parseCommandLine>;
function parseCommandLine() {
  return parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      stateless: { type: 'boolean' },
      credentials: { type: 'string' },
      'callback-url': { type: 'string' },
      'inbound-callback-url': { type: 'string' },
      'callback-credentials': { type: 'string' },
      delay: { type: 'string', multiple: true },
      option: { type: 'string', multiple: true },
      'max-attempts': { type: 'string' },
      duplicates: { type: 'boolean' },
      'out-of-order': { type: 'boolean' },
      'store-capacity': { type: 'string' },
      spec: { type: 'string', multiple: true },
      quiet: { type: 'boolean' },
      list: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  });
}
try {
  parsed = parseCommandLine();
} catch (error) {
  fail(`${(error as Error).message}\n\n${HELP}`);
}
const { values, positionals } = parsed;

if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
if (values.version) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  process.stdout.write(`${pkg.version}\n`);
  process.exit(0);
}
if (values.list) {
  for (const api of sandboxApis()) process.stdout.write(`${api.name.padEnd(28)} ${api.port}  ${api.title}\n`);
  process.exit(0);
}
if (positionals.length === 0) fail(`name at least one API (${safeApiNames()}); --help for options`);

const delays: Record<string, number> = {};
for (const entry of values.delay ?? []) {
  const match = /^([A-Za-z][\w-]*)=(\d+)$/.exec(entry);
  if (!match) fail(`--delay takes NAME=MILLISECONDS, not "${entry}"`);
  delays[match[1]!] = Number(match[2]);
}
const apiOptions: Record<string, unknown> = {};
for (const entry of values.option ?? []) {
  const match = /^([A-Za-z][\w-]*)=(.*)$/s.exec(entry);
  if (!match) fail(`--option takes NAME=VALUE, not "${entry}"`);
  let value: unknown = match[2];
  try {
    value = JSON.parse(match[2]!);
  } catch {
    // A plain string.
  }
  apiOptions[match[1]!] = value;
}
const port = number(values.port, '--port');
if (port !== undefined && port > 65535) fail('--port must be at most 65535');
const maxAttempts = number(values['max-attempts'], '--max-attempts');
const storeCapacity = number(values['store-capacity'], '--store-capacity');

const quiet = values.quiet === true;
const options: Omit<SandboxOptions, 'api' | 'port'> & { port?: number } = {
  ...(port !== undefined ? { port } : {}),
  ...(values.host ? { host: values.host } : {}),
  stateless: values.stateless === true,
  ...(values.credentials ? { credentials: values.credentials } : {}),
  callbacks: {
    ...(values['callback-url'] ? { statusUrl: values['callback-url'] } : {}),
    ...(values['inbound-callback-url'] ? { inboundUrl: values['inbound-callback-url'] } : {}),
    ...(values['callback-credentials'] ? { credentials: values['callback-credentials'] } : {}),
  },
  delays,
  options: apiOptions,
  delivery: {
    ...(maxAttempts !== undefined ? { maxAttempts: Math.max(1, maxAttempts) } : {}),
    duplicates: values.duplicates === true,
    outOfOrder: values['out-of-order'] === true,
  },
  ...(storeCapacity !== undefined ? { storeCapacity } : {}),
  log: quiet ? () => undefined : (line) => process.stderr.write(`[sandbox] ${line}\n`),
};

let sandboxes: Sandbox[] = [];
let stopping = false;
function stopAll() {
  if (stopping) return;
  stopping = true;
  void Promise.allSettled(sandboxes.map((sandbox) => sandbox.stop())).then(() => process.exit(0));
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stopAll);

// Started by npm (npx, npm exec, npm run), npm owns our lifetime: a SIGTERM to npm ends npm
// without passing it on, which would leave us orphaned and still listening. So we stop when that
// parent goes. Started any other way (e.g. `node …/cli.js &` in a CI step), we keep running.
if (process.env.npm_command !== undefined || process.env.npm_lifecycle_event !== undefined) {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stopAll();
  }, 250).unref();
}

const specs = values.spec ?? [];
if (specs.length > 0 && specs.length !== positionals.length)
  fail(`give one --spec per API (${positionals.length}), not ${specs.length}`);
try {
  sandboxes = await startSandboxes(
    positionals,
    options,
    specs.length ? (_api, index) => ({ spec: specs[index]! }) : undefined,
  );
} catch (error) {
  fail(
    error instanceof SandboxStartError ? error.message : `could not start: ${(error as Error)?.stack ?? String(error)}`,
  );
}
if (stopping) {
  await Promise.allSettled(sandboxes.map((sandbox) => sandbox.stop()));
  process.exit(0);
}
for (const sandbox of sandboxes)
  process.stdout.write(`${sandbox.api.padEnd(28)} ${sandbox.url}${sandbox.stateless ? '  (stateless)' : ''}\n`);
if (!quiet)
  process.stderr.write(
    `[sandbox] control API under <url>/__sandbox/ ; Ctrl-C stops ${sandboxes.length > 1 ? 'them' : 'it'}.\n`,
  );
