// messaging-sandbox proxy | check-receiver | report: the subcommands that check the contract
// against reality. Each parses its own options (an unknown one is an error naming it) and never
// returns to the sandbox CLI.
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { SandboxStartError, sandboxApis } from './core-adapter.js';
import { startProxy, type ContractProxy } from './proxy.js';
import { formatSummary, summarizeReport } from './report.js';

export const SUBCOMMANDS = ['proxy', 'check-receiver', 'report'] as const;
export type Subcommand = (typeof SUBCOMMANDS)[number];
export const isSubcommand = (value: string | undefined): value is Subcommand =>
  (SUBCOMMANDS as readonly string[]).includes(value ?? '');

const PROXY_HELP = `Usage: messaging-sandbox proxy <api> --upstream URL [options]

Forwards every request to URL unchanged and returns its answer unchanged, checking both against
the contract (the sandbox's Prism validation). Each violation is logged, listed in the
x-contract-violations answer header and appended to the report. Ctrl-C prints the summary.

Options:
  --upstream URL               the real API (e.g. https://messaging.bandwidth.com/api/v2) or staging
  --port N                     port to listen on (default 0: a free one)
  --host H                     interface (default 127.0.0.1)
  --report FILE                append violations and exchanges to FILE (JSON lines)
  --block                      answer a request that breaks the contract with the API's own 400
                               (401 without credentials) instead of forwarding it
  --forward-callbacks-to URL   accept the provider's callbacks under <proxy>/__proxy/callbacks[/<webhook>],
                               check them against the spec's webhooks, forward them to URL
  --record DIR                 write each exchange and callback, redacted, as a JSON file into DIR
  --keep-text                  keep message text in recordings and reports (default: removed)
  --keep-numbers               keep phone numbers in recordings and reports (default: masked)
  --timeout MS                 longest wait for the upstream's complete answer (default 30000)
  --spec FILE                  check against this spec instead of the bundled one
  --quiet                      no log lines on stderr
  --help                       this text
`;

const REPORT_HELP = `Usage: messaging-sandbox report FILE

Prints the summary of a proxy report (JSON lines): per operation, the exchanges seen and the
violations by kind. Exits 1 when the report holds any violation.
`;

function fail(command: string, message: string): never {
  process.stderr.write(`messaging-sandbox ${command}: ${message}\n`);
  process.exit(1);
}

function parse<const T extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  args: string[],
  options: T,
  help: string,
) {
  try {
    return parseArgs({ args, allowPositionals: true, strict: true as const, options });
  } catch (error) {
    const valid = Object.keys(options ?? {})
      .map((name) => `--${name}`)
      .join(', ');
    return fail(command, `${(error as Error).message}. Valid options: ${valid}\n\n${help}`);
  }
}

function knownApi(command: string, api: string | undefined): string {
  const names = sandboxApis().map((entry) => entry.name);
  if (!api) fail(command, `name one API (${names.join(', ')}); --help for options`);
  if (!names.includes(api)) fail(command, `unknown API "${api}"; known: ${names.join(', ')}`);
  return api;
}

async function proxyCommand(args: string[]): Promise<void> {
  const { values, positionals } = parse(
    'proxy',
    args,
    {
      upstream: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      report: { type: 'string' },
      block: { type: 'boolean' },
      'forward-callbacks-to': { type: 'string' },
      record: { type: 'string' },
      'keep-text': { type: 'boolean' },
      'keep-numbers': { type: 'boolean' },
      timeout: { type: 'string' },
      spec: { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    PROXY_HELP,
  );
  if (values.help) {
    process.stdout.write(PROXY_HELP);
    process.exit(0);
  }
  if (positionals.length > 1) fail('proxy', `takes one API, not ${positionals.length} (${positionals.join(', ')})`);
  const api = knownApi('proxy', positionals[0]);
  if (typeof values.upstream !== 'string') fail('proxy', '--upstream URL is required');
  const integer = (value: unknown, name: string, max = Number.MAX_SAFE_INTEGER) => {
    if (value === undefined) return undefined;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 0 || parsed > max)
      fail('proxy', `${name} must be an integer from 0 to ${max}, not "${String(value)}"`);
    return parsed;
  };
  const quiet = values.quiet === true;
  let proxy: ContractProxy;
  try {
    proxy = await startProxy({
      api,
      upstream: values.upstream,
      port: integer(values.port, '--port', 65535) ?? 0,
      ...(typeof values.host === 'string' ? { host: values.host } : {}),
      ...(typeof values.report === 'string' ? { report: values.report } : {}),
      block: values.block === true,
      ...(typeof values['forward-callbacks-to'] === 'string'
        ? { forwardCallbacksTo: values['forward-callbacks-to'] }
        : {}),
      ...(typeof values.record === 'string' ? { record: values.record } : {}),
      keepText: values['keep-text'] === true,
      keepNumbers: values['keep-numbers'] === true,
      ...(values.timeout !== undefined ? { timeoutMs: integer(values.timeout, '--timeout')! } : {}),
      ...(typeof values.spec === 'string' ? { spec: values.spec } : {}),
      log: quiet ? false : (line) => process.stderr.write(`[proxy] ${line}\n`),
    });
  } catch (error) {
    fail('proxy', error instanceof SandboxStartError ? error.message : String((error as Error)?.stack ?? error));
  }
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void proxy.stop().then(() => {
      process.stderr.write(formatSummary(proxy.summary()));
      process.exit(0);
    });
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop);
  process.stdout.write(`${api.padEnd(28)} ${proxy.url}  -> ${proxy.upstream}\n`);
  if (proxy.callbackUrl) process.stdout.write(`${'callbacks'.padEnd(28)} ${proxy.callbackUrl}\n`);
  await new Promise(() => undefined);
}

function reportCommand(args: string[]): never {
  const { values, positionals } = parse('report', args, { help: { type: 'boolean', short: 'h' } }, REPORT_HELP);
  if (values.help) {
    process.stdout.write(REPORT_HELP);
    process.exit(0);
  }
  if (positionals.length !== 1) fail('report', 'name one report file');
  let text: string;
  try {
    text = readFileSync(positionals[0]!, 'utf8');
  } catch (error) {
    fail('report', `cannot read ${positionals[0]}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  const summary = summarizeReport(text);
  process.stdout.write(formatSummary(summary));
  const violations = summary.some((entry) => Object.keys(entry.violations).length > 0);
  process.exit(violations ? 1 : 0);
}

/** Runs a subcommand; it exits the process itself (or serves until a signal). */
export async function runSubcommand(command: Subcommand, args: string[]): Promise<never> {
  if (command === 'proxy') await proxyCommand(args);
  else if (command === 'report') reportCommand(args);
  else await (await import('../check-receiver/cli.js')).checkReceiverCommand(args);
  process.exit(0);
}
