// What the proxy found: one violation per line (JSON lines) beside one line per exchange, and a
// summary per operation (exchanges seen, violations by kind) that prints as a table.
import { createWriteStream, type WriteStream } from 'node:fs';

export type Direction = 'request' | 'response' | 'callback';

/** One way real traffic differs from the contract. Never holds a credential; text only with keepText. */
export interface ContractViolation {
  /** The exchange (or callback) number within this proxy run, from 1. */
  readonly exchange: number;
  /** The spec's operationId, the webhook name for a callback, or "METHOD path" when nothing matched. */
  readonly operation: string;
  readonly direction: Direction;
  /** The upstream's status, for a response violation. */
  readonly status?: number;
  /** Where: "body", "query", "path", "header", "status" (an undocumented status) or "route". */
  readonly in: 'body' | 'query' | 'path' | 'header' | 'status' | 'route';
  /** A JSON pointer into the body ("/0/message/direction"), a parameter or header name, or "". */
  readonly location: string;
  /** The rule broken: the JSON Schema keyword ("enum", "required", "type") or the proxy's name for it. */
  readonly rule: string;
  /** What the validator said. */
  readonly message: string;
  /** The offending value, redacted (see redact.ts); absent when there is none (a missing field). */
  readonly value?: unknown;
}

export interface ExchangeSummary {
  readonly exchange: number;
  readonly direction: 'exchange' | 'callback';
  readonly operation: string;
  readonly method: string;
  /** The path template of the operation (never the concrete path, which holds ids and numbers). */
  readonly path: string;
  readonly status: number;
  /** Whether the answer came from upstream, the proxy refused it (block) or the upstream failed (502/504). */
  readonly outcome: 'forwarded' | 'blocked' | 'upstream-failed';
  readonly violations: number;
  /** false when a body was too large to validate. */
  readonly validated: boolean;
  readonly durationMs: number;
  readonly at: string;
}

export interface OperationSummary {
  readonly operation: string;
  exchanges: number;
  /** Violation count by "direction rule", e.g. "response enum". */
  readonly violations: Record<string, number>;
}

export type ReportLine = ({ type: 'violation' } & ContractViolation) | ({ type: 'exchange' } & ExchangeSummary);

export class Report {
  readonly #operations = new Map<string, OperationSummary>();
  readonly #violations: ContractViolation[] = [];
  readonly #stream: WriteStream | undefined;
  readonly #keep: number;

  constructor(file: string | undefined, keep = 10_000) {
    this.#stream = file ? createWriteStream(file, { flags: 'a' }) : undefined;
    this.#keep = keep;
  }

  add(exchange: ExchangeSummary, violations: readonly ContractViolation[]): void {
    const entry = this.#entry(exchange.operation);
    entry.exchanges++;
    for (const violation of violations) {
      const kind = `${violation.direction} ${violation.rule}`;
      entry.violations[kind] = (entry.violations[kind] ?? 0) + 1;
      this.#violations.push(violation);
    }
    if (this.#violations.length > this.#keep) this.#violations.splice(0, this.#violations.length - this.#keep);
    if (this.#stream) {
      let text = '';
      for (const violation of violations) text += `${JSON.stringify({ type: 'violation', ...violation })}\n`;
      text += `${JSON.stringify({ type: 'exchange', ...exchange })}\n`;
      this.#stream.write(text);
    }
  }

  #entry(operation: string): OperationSummary {
    let entry = this.#operations.get(operation);
    if (!entry) this.#operations.set(operation, (entry = { operation, exchanges: 0, violations: {} }));
    return entry;
  }

  /** The violations so far (the last 10,000), oldest first. */
  violations(): ContractViolation[] {
    return [...this.#violations];
  }

  summary(): OperationSummary[] {
    return [...this.#operations.values()].map((entry) => ({ ...entry, violations: { ...entry.violations } }));
  }

  /** Flushes the report file. */
  close(): Promise<void> {
    const stream = this.#stream;
    if (!stream || stream.writableEnded) return Promise.resolve();
    return new Promise((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
}

/** The summary of a report file's text (JSON lines), e.g. one a user sent. Unknown lines are skipped. */
export function summarizeReport(text: string): OperationSummary[] {
  const operations = new Map<string, OperationSummary>();
  const entry = (operation: string) => {
    let found = operations.get(operation);
    if (!found) operations.set(operation, (found = { operation, exchanges: 0, violations: {} }));
    return found;
  };
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let parsed: Partial<ReportLine>;
    try {
      parsed = JSON.parse(line) as Partial<ReportLine>;
    } catch {
      continue;
    }
    if (typeof parsed.operation !== 'string') continue;
    if (parsed.type === 'exchange') entry(parsed.operation).exchanges++;
    else if (parsed.type === 'violation') {
      const kind = `${parsed.direction} ${parsed.rule}`;
      const found = entry(parsed.operation);
      found.violations[kind] = (found.violations[kind] ?? 0) + 1;
    }
  }
  return [...operations.values()];
}

/** The summary as a plain-text table: one row per operation, one column per kind of violation. */
export function formatSummary(summary: readonly OperationSummary[]): string {
  if (summary.length === 0) return 'No exchanges seen.\n';
  const kinds = [...new Set(summary.flatMap((entry) => Object.keys(entry.violations)))].sort();
  const header = ['operation', 'exchanges', 'violations', ...kinds];
  const rows = [...summary]
    .sort((a, b) => a.operation.localeCompare(b.operation))
    .map((entry) => [
      entry.operation,
      String(entry.exchanges),
      String(Object.values(entry.violations).reduce((sum, count) => sum + count, 0)),
      ...kinds.map((kind) => String(entry.violations[kind] ?? 0)),
    ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ');
  return `${[line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n')}\n`;
}
