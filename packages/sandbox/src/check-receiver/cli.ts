// messaging-sandbox check-receiver <api> --url URL [--credentials u:p] [--junit FILE] [--timeout MS]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SandboxStartError, sandboxApis } from '../proxy/core-adapter.js';
import { checkReceiver, formatResults, junitXml } from './run.js';

const HELP = `Usage: messaging-sandbox check-receiver <api> --url URL [options]

Sends your callback endpoint every documented callback of the API and schema-derived variants
(each event type, optional fields absent), a duplicate and reordered deliveries, a retry after
your endpoint's own 5xx, the provider's authentication flow, wrong and missing credentials;
measures each answer against the provider's documented timeout. Prints a pass/fail table and
exits 1 when any case fails.

Options:
  --url URL                 your callback endpoint
  --credentials USER:PASS   the Basic credentials your endpoint expects (set on the provider's side)
  --junit FILE              also write the results as JUnit XML
  --timeout MS              the answer time limit (default: the provider's documented one, else 10000)
  --spec FILE               use this spec instead of the bundled one
  --help                    this text
`;

function fail(message: string): never {
  process.stderr.write(`messaging-sandbox check-receiver: ${message}\n`);
  process.exit(2);
}

export async function checkReceiverCommand(args: string[]): Promise<void> {
  const options = {
    url: { type: 'string' },
    credentials: { type: 'string' },
    junit: { type: 'string' },
    timeout: { type: 'string' },
    spec: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  } as const;
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof options; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    fail(
      `${(error as Error).message}. Valid options: ${Object.keys(options)
        .map((name) => `--${name}`)
        .join(', ')}`,
    );
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    process.exit(0);
  }
  const names = sandboxApis().map((entry) => entry.name);
  const api = positionals[0];
  if (!api || positionals.length > 1) fail(`name one API (${names.join(', ')}); --help for options`);
  if (!names.includes(api)) fail(`unknown API "${api}"; known: ${names.join(', ')}`);
  if (!values.url) fail('--url URL is required');
  let timeoutMs: number | undefined;
  if (values.timeout !== undefined) {
    timeoutMs = Number(values.timeout);
    if (!Number.isInteger(timeoutMs) || timeoutMs < 1)
      fail(`--timeout must be a positive integer, not "${values.timeout}"`);
  }
  try {
    const result = await checkReceiver({
      api,
      url: values.url,
      ...(values.credentials ? { credentials: values.credentials } : {}),
      ...(values.spec ? { spec: values.spec } : {}),
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    });
    process.stdout.write(formatResults(result));
    if (values.junit) writeFileSync(values.junit, junitXml(result));
    process.exit(result.passed ? 0 : 1);
  } catch (error) {
    fail(error instanceof SandboxStartError ? error.message : String((error as Error)?.stack ?? error));
  }
}
