// check-receiver: sends the provider's callbacks to the user's own endpoint, as the provider
// would (method, encoding, headers, its authentication flow, its answer time limit), and judges
// each answer: a pass/fail table per case with the reason, JUnit XML for CI.
import * as core from '../proxy/core-adapter.js';
import { CaseBuilder, type CallbackCase, type WebhookFacts } from './cases.js';

export interface CheckReceiverOptions {
  /** The API's name, e.g. "bandwidth-messaging-v2". */
  api: string;
  /** Your callback endpoint. */
  url: string;
  /** The Basic credentials your endpoint expects ("user:pass" or an object), if it checks any. */
  credentials?: string | core.Credentials;
  /** The spec: a file path or a document. Default: the bundled one. */
  spec?: string | object;
  /** The answer time limit in ms. Default: the spec's documented one (`x-callback-timeout-ms`), else 10000. */
  timeoutMs?: number;
  /** Called after each case (progress output). */
  onCase?: (result: CaseResult) => void;
}

export interface CaseResult {
  readonly name: string;
  readonly group: string;
  readonly outcome: 'pass' | 'fail' | 'skip';
  /** Why it failed or was skipped; what was seen when it passed. */
  readonly reason: string;
  /** The endpoint's last status in this case. */
  readonly status?: number;
  readonly durationMs: number;
}

export interface CheckReceiverResult {
  readonly api: string;
  readonly url: string;
  readonly cases: readonly CaseResult[];
  readonly passed: boolean;
  readonly durationMs: number;
}

const KNOWN_OPTIONS = new Set(['api', 'url', 'credentials', 'spec', 'timeoutMs', 'onCase']);

interface Attempt {
  status?: number;
  wwwAuthenticate?: string | null;
  error?: string;
  durationMs: number;
}

function credentialsOf(value: string | core.Credentials | undefined): core.Credentials | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return value;
  const colon = value.indexOf(':');
  if (colon <= 0) throw new core.SandboxStartError('credentials must look like user:password', 'BAD_OPTION');
  return { username: value.slice(0, colon), password: value.slice(colon + 1) };
}

const basic = (credentials: core.Credentials) =>
  `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
const ok = (status: number | undefined) => status !== undefined && status >= 200 && status < 300;

export async function checkReceiver(options: CheckReceiverOptions): Promise<CheckReceiverResult> {
  const unknown = Object.keys(options ?? {}).filter((key) => !KNOWN_OPTIONS.has(key));
  if (unknown.length)
    throw new core.SandboxStartError(
      `Unknown check-receiver option${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; valid: ${[...KNOWN_OPTIONS].join(', ')}`,
      'BAD_OPTION',
    );
  let target: URL;
  try {
    target = new URL(options.url);
  } catch {
    throw new core.SandboxStartError('url must be an http(s) URL', 'BAD_OPTION');
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:')
    throw new core.SandboxStartError('url must be an http(s) URL', 'BAD_OPTION');
  if (target.username || target.password)
    throw new core.SandboxStartError('url must not carry credentials; give them as credentials', 'BAD_OPTION');
  const credentials = credentialsOf(options.credentials);
  if (options.timeoutMs !== undefined && !(Number.isInteger(options.timeoutMs) && options.timeoutMs > 0))
    throw new core.SandboxStartError('timeoutMs must be a positive integer', 'BAD_OPTION');
  const document = await core.loadDocument(options.spec, options.api);
  const builder = new CaseBuilder(document);
  const facts = builder.facts();
  if (facts.length === 0)
    throw new core.SandboxStartError(`The spec of ${options.api} documents no callbacks (no webhooks:)`, 'SPEC');
  const factsOf = (item: { webhook: string; method: string }) =>
    facts.find((fact) => fact.webhook === item.webhook && fact.method === item.method)!;
  const limitOf = (fact: WebhookFacts) =>
    options.timeoutMs ?? fact.timeoutMs ?? core.DEFAULT_DELIVERY_OPTIONS.timeoutMs;
  const limitSource = (fact: WebhookFacts) =>
    options.timeoutMs !== undefined
      ? 'the given timeout'
      : fact.timeoutMs !== undefined
        ? "the provider's documented timeout"
        : "the sandbox's default timeout (the spec documents none)";

  const results: CaseResult[] = [];
  const record = (result: CaseResult) => {
    results.push(result);
    options.onCase?.(result);
  };
  const started = performance.now();

  async function attempt(item: CallbackCase, authorization: string | undefined, limitMs: number): Promise<Attempt> {
    const headers: Record<string, string> = { ...item.headers };
    let url = target.toString();
    let body: string | undefined;
    if (item.method === 'GET') {
      const query = new URLSearchParams(item.value as Record<string, string>).toString();
      if (query) url += (url.includes('?') ? '&' : '?') + query;
    } else if (item.encoding === 'form') {
      const form = new URLSearchParams();
      for (const [name, value] of Object.entries(item.value as Record<string, unknown>))
        for (const one of Array.isArray(value) ? value : [value]) form.append(name, String(one));
      body = form.toString();
      headers['content-type'] = item.mediaType ?? 'application/x-www-form-urlencoded';
    } else {
      body = JSON.stringify(item.value);
      headers['content-type'] = `${item.mediaType ?? 'application/json'}; charset=utf-8`;
    }
    if (authorization) headers.authorization = authorization;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, limitMs);
    const begin = performance.now();
    try {
      const response = await fetch(url, {
        method: item.method,
        headers,
        body,
        redirect: 'manual',
        signal: controller.signal,
      });
      await response.arrayBuffer().catch(() => undefined);
      return {
        status: response.status,
        wwwAuthenticate: response.headers.get('www-authenticate'),
        durationMs: Math.round(performance.now() - begin),
      };
    } catch (error) {
      const code = (error as { cause?: { code?: string } }).cause?.code;
      return {
        error: timedOut
          ? `no answer within ${limitMs} ms`
          : code === 'ECONNREFUSED'
            ? 'connection refused'
            : code
              ? `network error ${code}`
              : 'network error',
        durationMs: Math.round(performance.now() - begin),
      };
    } finally {
      clearTimeout(timer);
    }
  }

  /** One delivery as the provider makes it; undefined when it was accepted, else why not. */
  async function deliver(item: CallbackCase): Promise<{ failure?: string; status?: number; durationMs: number }> {
    const fact = factsOf(item);
    const limit = limitOf(fact);
    const describe = (result: Attempt) =>
      result.error
        ? `${result.error}${result.error.startsWith('no answer') ? ` (${limitSource(fact)})` : ''}`
        : `answered ${result.status}`;
    let total = 0;
    if (fact.basicAuth && credentials && fact.challengeFirst) {
      // The provider's flow: first without credentials, expecting the 401 Basic challenge.
      const first = await attempt(item, undefined, limit);
      total += first.durationMs;
      if (first.status !== 401 || !/^\s*basic/i.test(first.wwwAuthenticate ?? ''))
        return {
          failure: `the first, unauthenticated attempt ${describe(first)}${first.status === 401 ? ' without a WWW-Authenticate: Basic challenge' : ''}; expected 401 with WWW-Authenticate: Basic`,
          ...(first.status !== undefined ? { status: first.status } : {}),
          durationMs: total,
        };
    }
    const second = await attempt(item, fact.basicAuth && credentials ? basic(credentials) : undefined, limit);
    total += second.durationMs;
    if (!ok(second.status))
      return {
        failure: `${describe(second)}; expected 2xx`,
        ...(second.status !== undefined ? { status: second.status } : {}),
        durationMs: total,
      };
    return { status: second.status!, durationMs: total };
  }

  const cases = builder.cases();
  const retries: CallbackCase[] = [];
  for (const item of cases) {
    const steps = [item, ...(item.followedBy ?? [])];
    let failure: string | undefined;
    let status: number | undefined;
    let durationMs = 0;
    for (const [index, step] of steps.entries()) {
      const outcome = await deliver(step);
      durationMs += outcome.durationMs;
      status = outcome.status;
      if (outcome.failure) {
        failure = steps.length > 1 ? `delivery ${index + 1} of ${steps.length}: ${outcome.failure}` : outcome.failure;
        if (status !== undefined && status >= 500) retries.push(step);
        break;
      }
    }
    record({
      name: item.name,
      group: item.group,
      outcome: failure ? 'fail' : 'pass',
      reason: failure ?? `answered ${status}`,
      ...(status !== undefined ? { status } : {}),
      durationMs,
    });
  }

  // The provider retries a delivery your endpoint answered with a 5xx: the retry must be accepted.
  if (retries.length === 0)
    record({
      name: 'retry after 5xx',
      group: 'retry',
      outcome: 'skip',
      reason: 'the endpoint answered no case with a 5xx',
      durationMs: 0,
    });
  for (const item of retries) {
    const outcome = await deliver(item);
    record({
      name: `retry after 5xx: ${item.name}`,
      group: 'retry',
      outcome: outcome.failure ? 'fail' : 'pass',
      reason: outcome.failure
        ? `the retry ${outcome.failure.replace(/^the first/, 'its first')}`
        : `the retry was accepted (${outcome.status})`,
      ...(outcome.status !== undefined ? { status: outcome.status } : {}),
      durationMs: outcome.durationMs,
    });
  }

  // Authentication: a callback with wrong or no credentials must be refused.
  const example = cases.find((item) => item.group === 'example' && factsOf(item).basicAuth);
  if (!example)
    record({
      name: 'authentication',
      group: 'authentication',
      outcome: 'skip',
      reason: 'the spec documents no callback credentials',
      durationMs: 0,
    });
  else if (!credentials)
    for (const name of ['wrong credentials are refused', 'missing credentials are refused'])
      record({
        name,
        group: 'authentication',
        outcome: 'skip',
        reason: 'no credentials given (--credentials user:pass)',
        durationMs: 0,
      });
  else {
    const limit = limitOf(factsOf(example));
    const refused = (result: Attempt) => result.status === 401 || result.status === 403;
    const wrongPassword = basic({ username: credentials.username, password: `${credentials.password}-wrong` });
    const refusals = [
      { name: 'wrong credentials are refused', authorization: wrongPassword, sent: 'to a wrong password' },
      { name: 'missing credentials are refused', authorization: undefined, sent: 'without credentials' },
    ];
    for (const { name, authorization, sent } of refusals) {
      const answer = await attempt(example, authorization, limit);
      record({
        name,
        group: 'authentication',
        outcome: refused(answer) ? 'pass' : 'fail',
        reason: refused(answer)
          ? `answered ${answer.status}`
          : `${answer.error ?? `answered ${answer.status}`} ${sent}; expected 401 (or 403)`,
        ...(answer.status !== undefined ? { status: answer.status } : {}),
        durationMs: answer.durationMs,
      });
    }
  }

  return {
    api: options.api,
    url: `${target.origin}${target.pathname}`,
    cases: results,
    passed: results.every((result) => result.outcome !== 'fail'),
    durationMs: Math.round(performance.now() - started),
  };
}

/** The results as a plain-text table: result, case, status, time, reason. */
export function formatResults(result: CheckReceiverResult): string {
  const rows = result.cases.map((item) => [
    item.outcome.toUpperCase(),
    item.name,
    item.status !== undefined ? String(item.status) : '-',
    `${item.durationMs} ms`,
    item.reason,
  ]);
  const header = ['result', 'case', 'status', 'time', 'reason'];
  const widths = header.map((title, column) =>
    column === 4 ? 0 : Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 4 ? cell : cell.padEnd(widths[column]!))).join('  ');
  const failed = result.cases.filter((item) => item.outcome === 'fail').length;
  const skipped = result.cases.filter((item) => item.outcome === 'skip').length;
  return `${[line(header), ...rows.map(line)].join('\n')}\n\n${result.cases.length} cases: ${result.cases.length - failed - skipped} passed, ${failed} failed, ${skipped} skipped (${result.durationMs} ms)\n`;
}

const xml = (value: string) =>
  value
    .replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/** JUnit XML: one testsuite, one testcase per case (failure or skipped with the reason). */
export function junitXml(result: CheckReceiverResult): string {
  const failures = result.cases.filter((item) => item.outcome === 'fail').length;
  const skipped = result.cases.filter((item) => item.outcome === 'skip').length;
  const suite = `check-receiver ${result.api}`;
  const cases = result.cases.map((item) => {
    const open = `    <testcase classname="${xml(`${suite}.${item.group}`)}" name="${xml(item.name)}" time="${(item.durationMs / 1000).toFixed(3)}"`;
    if (item.outcome === 'pass') return `${open}/>`;
    const inner =
      item.outcome === 'fail'
        ? `<failure message="${xml(item.reason)}" type="check-receiver"/>`
        : `<skipped message="${xml(item.reason)}"/>`;
    return `${open}>\n      ${inner}\n    </testcase>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites tests="${result.cases.length}" failures="${failures}" skipped="${skipped}" time="${(result.durationMs / 1000).toFixed(3)}">\n  <testsuite name="${xml(suite)}" tests="${result.cases.length}" failures="${failures}" skipped="${skipped}" time="${(result.durationMs / 1000).toFixed(3)}">\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`;
}
