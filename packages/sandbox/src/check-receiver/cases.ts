// The callbacks check-receiver sends, built from the spec: every documented example of every
// webhook (each media type, and GET query strings), schema-derived variants (each documented
// event type, each optional field absent), a duplicate and a reordered batch. Each variant is
// checked against the spec before it is used, so every case is a callback the provider may send.
import { CallbackChecker, type CallbackPayload } from '../proxy/callback-check.js';
import * as core from '../proxy/core-adapter.js';

// biome-ignore lint/suspicious/noExplicitAny: the spec is an untyped OpenAPI document walked by JSON pointer
type Node = Record<string, any>;

export interface CallbackCase {
  /** e.g. `example statusCallback "messageFailedWebhooksMdx"`. */
  readonly name: string;
  readonly group: 'example' | 'event type' | 'optional field absent' | 'duplicate' | 'reordered';
  readonly webhook: string;
  readonly method: 'GET' | 'POST';
  readonly encoding: 'json' | 'form';
  /** The media type sent (POST). */
  readonly mediaType?: string;
  /** The JSON body, or the form/query fields. */
  readonly value: unknown;
  readonly headers: Readonly<Record<string, string>>;
  /** Sent right after the previous case, as one more delivery of the same thing (duplicate) or of its predecessor. */
  readonly followedBy?: readonly CallbackCase[];
}

export interface WebhookFacts {
  readonly webhook: string;
  readonly method: 'GET' | 'POST';
  /** The documented answer time limit, when the spec states one (`x-callback-timeout-ms`). */
  readonly timeoutMs: number | undefined;
  /** Basic credentials are documented for this webhook. */
  readonly basicAuth: boolean;
  /** A 401 answer is documented: the provider calls without credentials first and expects the challenge (Bandwidth v2). */
  readonly challengeFirst: boolean;
}

const METHODS = ['get', 'post'] as const;

export class CaseBuilder {
  readonly #document: Node;
  readonly #checker: CallbackChecker;

  constructor(document: object) {
    this.#document = document as Node;
    this.#checker = new CallbackChecker(document);
  }

  resolve(value: Node | undefined): Node | undefined {
    return core.followLocalRef(this.#document, value);
  }

  valid(webhook: string, payload: CallbackPayload): boolean {
    return this.#checker.problems(webhook, payload, { keepText: true, keepNumbers: true }).length === 0;
  }

  facts(): WebhookFacts[] {
    const schemes: Node = this.#document.components?.securitySchemes ?? {};
    const facts: WebhookFacts[] = [];
    for (const [webhook, item] of Object.entries<Node>(this.#document.webhooks ?? {}))
      for (const method of METHODS) {
        const operation = item[method];
        if (!operation) continue;
        const security: Node[] = operation.security ?? this.#document.security ?? [];
        const basicAuth = security.some((requirement) =>
          Object.keys(requirement).some((name) => schemes[name]?.type === 'http' && schemes[name]?.scheme === 'basic'),
        );
        const timeout = operation['x-callback-timeout-ms'];
        facts.push({
          webhook,
          method: method === 'get' ? 'GET' : 'POST',
          timeoutMs: typeof timeout === 'number' && timeout > 0 ? timeout : undefined,
          basicAuth,
          challengeFirst: basicAuth && operation.responses?.['401'] !== undefined,
        });
      }
    return facts;
  }

  /** Headers the provider documents for a webhook (e.g. Bandwidth's User-Agent), from their examples. */
  #headers(item: Node, operation: Node): Record<string, string> {
    const headers: Record<string, string> = {};
    for (const raw of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
      const parameter = this.resolve(raw);
      if (parameter?.in !== 'header') continue;
      const schema = this.resolve(parameter.schema) ?? {};
      const value = parameter.example ?? schema.const ?? schema.example ?? schema.enum?.[0];
      if (typeof value === 'string') headers[parameter.name.toLowerCase()] = value;
    }
    return headers;
  }

  cases(): CallbackCase[] {
    const cases: CallbackCase[] = [];
    for (const [webhook, item] of Object.entries<Node>(this.#document.webhooks ?? {})) {
      for (const method of METHODS) {
        const operation = item[method];
        if (!operation) continue;
        const headers = this.#headers(item, operation);
        const examples: CallbackCase[] = [];
        if (method === 'post') {
          const content: Node = this.resolve(operation.requestBody)?.content ?? {};
          for (const [mediaType, media] of Object.entries<Node>(content)) {
            const encoding = /json/.test(mediaType) ? 'json' : 'form';
            const named: Array<[string, unknown]> = Object.entries<Node>(media.examples ?? {}).map(
              ([name, example]) => [name, this.resolve(example)?.value],
            );
            if (media.example !== undefined) named.push(['example', media.example]);
            for (const [name, value] of named) {
              if (value === undefined) continue;
              examples.push({
                name: `example ${webhook} POST ${mediaType} "${name}"`,
                group: 'example',
                webhook,
                method: 'POST',
                encoding,
                mediaType,
                value,
                headers,
              });
            }
          }
        } else {
          const query = [...(item.parameters ?? []), ...(operation.parameters ?? [])]
            .map((parameter) => this.resolve(parameter))
            .filter((parameter): parameter is Node => parameter?.in === 'query');
          const names = new Set<string>(
            query.flatMap((parameter) => [
              ...Object.keys(parameter.examples ?? {}),
              ...(parameter.example !== undefined ? ['example'] : []),
            ]),
          );
          for (const name of names) {
            const value: Record<string, string> = {};
            for (const parameter of query) {
              const example = name === 'example' ? parameter.example : this.resolve(parameter.examples?.[name])?.value;
              if (example !== undefined) value[parameter.name] = String(example);
            }
            examples.push({
              name: `example ${webhook} GET query "${name}"`,
              group: 'example',
              webhook,
              method: 'GET',
              encoding: 'form',
              value,
              headers,
            });
          }
        }
        cases.push(...examples);
        cases.push(...this.#variants(webhook, examples));
      }
    }
    return cases;
  }

  #variants(webhook: string, examples: readonly CallbackCase[]): CallbackCase[] {
    const variants: CallbackCase[] = [];
    const seen = new Set(examples.map((example) => JSON.stringify(example.value)));
    const add = (base: CallbackCase, value: unknown, name: string, group: CallbackCase['group']) => {
      const key = JSON.stringify(value);
      if (seen.has(key)) return;
      if (!this.valid(webhook, { method: base.method, encoding: base.encoding, value })) return;
      seen.add(key);
      variants.push({ ...base, name, group, value });
    };
    // One base per encoding and method: the first example of each.
    const bases = new Map<string, CallbackCase>();
    for (const example of examples) {
      const key = `${example.method} ${example.mediaType ?? ''}`;
      if (!bases.has(key)) bases.set(key, example);
    }
    for (const base of bases.values()) {
      const where = `${webhook} ${base.method}${base.mediaType ? ` ${base.mediaType}` : ''}`;
      const array = Array.isArray(base.value);
      const first = array ? (base.value as unknown[])[0] : base.value;
      if (first === null || typeof first !== 'object') continue;
      const wrap = (event: unknown) => (array ? [event] : event);
      // Each documented event type not shown by an example, on the first example's fields.
      const events = examples.flatMap((example) => (Array.isArray(example.value) ? example.value : [example.value]));
      for (const type of this.#documentedTypes(webhook, base)) {
        if (events.some((event) => (event as Node | null)?.[type.field] === type.value)) continue;
        add(
          base,
          wrap({ ...(first as Node), [type.field]: type.value }),
          `event type ${where} ${type.field}=${type.value}`,
          'event type',
        );
      }
      // Each field the spec lets the provider leave out, absent (one level deep).
      for (const [key, value] of Object.entries(first as Node)) {
        const without = { ...(first as Node) };
        delete without[key];
        add(base, wrap(without), `optional field absent ${where} /${key}`, 'optional field absent');
        if (value !== null && typeof value === 'object' && !Array.isArray(value))
          for (const inner of Object.keys(value)) {
            const nested = { ...(value as Node) };
            delete nested[inner];
            add(
              base,
              wrap({ ...(first as Node), [key]: nested }),
              `optional field absent ${where} /${key}/${inner}`,
              'optional field absent',
            );
          }
      }
    }
    // At-least-once delivery: the first example again, right after itself.
    const first = examples[0];
    if (first)
      variants.push({
        ...first,
        name: `duplicate ${webhook} ${first.method}`,
        group: 'duplicate',
        followedBy: [first],
      });
    // Out of order: two callbacks in reverse order; for an array body, also one batch of both reversed.
    const pair = examples.filter(
      (example) => example.method === first?.method && example.mediaType === first?.mediaType,
    );
    if (pair.length >= 2) {
      const [a, b] = [pair[0]!, pair[1]!];
      variants.push({
        ...b,
        name: `reordered ${webhook} ${b.method}: "${b.name}" before "${a.name}"`,
        group: 'reordered',
        followedBy: [a],
      });
      if (Array.isArray(a.value) && Array.isArray(b.value)) {
        const batch = [...(b.value as unknown[]), ...(a.value as unknown[])];
        if (this.valid(webhook, { method: a.method, encoding: a.encoding, value: batch }))
          variants.push({
            ...a,
            name: `reordered batch ${webhook} ${a.method} (${batch.length} events, newest first)`,
            group: 'reordered',
            value: batch,
          });
      }
    }
    return variants;
  }

  /** The values the spec documents for the event's type field (a `oneOf` pinned by enum or const, or an enum). */
  #documentedTypes(webhook: string, base: CallbackCase): Array<{ field: string; value: string }> {
    const operation = this.#document.webhooks[webhook][base.method.toLowerCase()];
    let schema: Node | undefined;
    if (base.method === 'POST') {
      schema = this.resolve(this.resolve(this.resolve(operation.requestBody)?.content?.[base.mediaType!])?.schema);
      if (schema?.type === 'array') schema = this.resolve(schema.items);
    }
    const branches: Node[] = (schema?.oneOf ?? []).map((branch: Node) => this.resolve(branch) ?? {});
    const pins = branches.map((branch) => {
      const result: Record<string, string[]> = {};
      for (const [field, property] of Object.entries<Node>(branch.properties ?? {})) {
        const values = property?.const !== undefined ? [property.const] : property?.enum;
        if (Array.isArray(values) && values.every((value) => typeof value === 'string')) result[field] = values;
      }
      return result;
    });
    // The type field: the one property every branch pins.
    const field = Object.keys(pins[0] ?? {}).find((name) => pins.every((pin) => pin[name]));
    const found: Array<{ field: string; value: string }> = [];
    if (field) for (const pin of pins) for (const value of pin[field]!) found.push({ field, value });
    return found;
  }
}
