// Fixtures from real traffic: each exchange and callback as one JSON file, redacted (no
// credentials; no message text unless keepText; phone numbers masked unless keepNumbers), that a
// test can replay: `readRecordings(dir)` gives them back in order, a callback's `body` is the text
// to hand to a receiver's `verify()`, an exchange's request can be sent again to a sandbox.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { redactHeaders, redactPath, redactQuery, redactValue, type RedactionOptions } from './redact.js';

export interface RecordedMessage {
  readonly headers: Record<string, string>;
  /** The body as text (JSON re-serialised after redaction, form fields re-encoded), "" for none. */
  readonly body: string;
  /** The parsed body after redaction, when it was JSON or a form. */
  readonly parsed?: unknown;
}

export interface RecordedExchange {
  readonly kind: 'exchange';
  readonly api: string;
  readonly sequence: number;
  readonly at: string;
  readonly operation: string;
  readonly request: RecordedMessage & {
    readonly method: string;
    readonly path: string;
    readonly query: Record<string, string | string[]>;
  };
  readonly response?: RecordedMessage & { readonly status: number };
  /** How many violations the proxy found in this exchange (see the report for which). */
  readonly violations: number;
}

export interface RecordedCallback {
  readonly kind: 'callback';
  readonly api: string;
  readonly sequence: number;
  readonly at: string;
  readonly webhook: string;
  readonly method: 'GET' | 'POST';
  readonly query: Record<string, string | string[]>;
  readonly request: RecordedMessage;
  readonly response?: RecordedMessage & { readonly status: number };
  readonly violations: number;
}

export type Recording = RecordedExchange | RecordedCallback;

export interface RawMessage {
  readonly headers: Record<string, string>;
  readonly text: string;
  /** The parsed body (JSON value or form fields), if it parsed. */
  readonly parsed: unknown;
  readonly mediaType: string | undefined;
}

/** Redacts a message for a recording. A text body that is neither JSON nor a form is left out unless keepText. */
export function recordedMessage(message: RawMessage, options: RedactionOptions): RecordedMessage {
  const headers = redactHeaders(message.headers);
  delete headers['content-length'];
  if (message.text === '') return { headers, body: '' };
  if (message.parsed !== undefined && message.mediaType === 'application/x-www-form-urlencoded') {
    const parsed = redactValue(message.parsed, options) as Record<string, string | string[]>;
    const form = new URLSearchParams();
    for (const [name, value] of Object.entries(parsed))
      for (const one of Array.isArray(value) ? value : [value]) form.append(name, one);
    return { headers, body: form.toString(), parsed };
  }
  if (message.parsed !== undefined && typeof message.parsed !== 'string') {
    const parsed = redactValue(message.parsed, options);
    return { headers, body: JSON.stringify(parsed), parsed };
  }
  return { headers, body: options.keepText ? message.text : `(body removed: ${message.text.length} characters)` };
}

/** The `response` of a recording: the answer's status beside its redacted message. */
export function recordedResponse(status: number, message: RawMessage, options: RedactionOptions) {
  return { response: { status, ...recordedMessage(message, options) } };
}

export class Recorder {
  readonly #dir: string;
  readonly #options: RedactionOptions;

  constructor(dir: string, options: RedactionOptions) {
    mkdirSync(dir, { recursive: true });
    this.#dir = dir;
    this.#options = options;
  }

  get options(): RedactionOptions {
    return this.#options;
  }

  write(recording: Recording): void {
    const name = recording.kind === 'exchange' ? recording.operation : `callback-${recording.webhook}`;
    const file = `${String(recording.sequence).padStart(6, '0')}-${name.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 60)}.json`;
    writeFileSync(join(this.#dir, file), `${JSON.stringify(recording, null, 2)}\n`);
  }

  path(path: string): string {
    return redactPath(path, this.#options);
  }

  query(query: Record<string, string | string[]>): Record<string, string | string[]> {
    return redactQuery(query, this.#options);
  }
}

/** The recordings of a directory, in the order they were made. */
export function readRecordings(dir: string): Recording[] {
  return readdirSync(dir)
    .filter((file) => /^\d{6}-.*\.json$/.test(file))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Recording);
}
