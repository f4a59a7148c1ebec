// Validation of a real callback against the spec's `webhooks:`. JSON bodies are checked event by
// event, each against the branch of a `oneOf` that its type field picks (so one wrong field is one
// violation, not one per branch, and an unknown event type is one `enum` violation); query and
// form callbacks go through the sandbox's own callback validator.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import * as core from './core-adapter.js';
import type { RedactionOptions } from './redact.js';
import type { ContractViolation } from './report.js';
import { shownValue } from './redact.js';
import { escapePointer } from './validate.js';

const addFormats = addFormatsPlugin as unknown as (ajv: Ajv2020) => Ajv2020;
const DOCUMENT_ID = 'https://proxy.invalid/openapi.json';

// biome-ignore lint/suspicious/noExplicitAny: the spec is an untyped OpenAPI document walked by JSON pointer
type Node = Record<string, any>;
type Draft = Omit<ContractViolation, 'exchange' | 'operation' | 'direction' | 'status'>;

export interface CallbackPayload {
  readonly method: 'GET' | 'POST';
  readonly encoding: 'json' | 'form';
  /** The parsed JSON body, or the form/query fields. */
  readonly value: unknown;
}

interface EventCheck {
  /** Validates one event when the body is an array of events; the whole body otherwise. */
  readonly envelope: 'array' | 'object';
  /** The field whose value picks the branch, and each value's validator. */
  readonly typeField?: string;
  readonly branches?: Map<string, ValidateFunction>;
  readonly validate: ValidateFunction;
}

export class CallbackChecker {
  readonly #document: Node;
  readonly #ajv: Ajv2020;
  readonly #coercing: Ajv2020;
  readonly #checks = new Map<string, EventCheck | null>();
  readonly #fieldChecks = new Map<string, ValidateFunction | null>();

  constructor(document: object) {
    this.#document = document as Node;
    this.#ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
    addFormats(this.#ajv);
    this.#ajv.addSchema(document, DOCUMENT_ID);
    this.#coercing = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, coerceTypes: true });
    addFormats(this.#coercing);
    this.#coercing.addSchema(document, DOCUMENT_ID);
  }

  get webhooks(): string[] {
    return Object.keys(this.#document.webhooks ?? {});
  }

  /** Webhooks that can arrive with this method (and, for a body, this encoding). */
  candidates(method: string): string[] {
    const lower = method.toLowerCase();
    return this.webhooks.filter((name) => this.#document.webhooks[name]?.[lower] !== undefined);
  }

  /** How many of the payload's events have a type this webhook documents (picks the webhook of an unnamed callback). */
  affinity(webhook: string, payload: CallbackPayload): number {
    const operation = this.#document.webhooks?.[webhook]?.[payload.method.toLowerCase()];
    if (!operation || payload.method !== 'POST' || payload.encoding !== 'json') return 0;
    const check = this.#check(webhook, operation);
    if (!check?.typeField || !check.branches) return 0;
    const events = check.envelope === 'array' && Array.isArray(payload.value) ? payload.value : [payload.value];
    return events.filter((event) => {
      const type =
        event !== null && typeof event === 'object' ? (event as Record<string, unknown>)[check.typeField!] : undefined;
      return typeof type === 'string' && check.branches!.has(type);
    }).length;
  }

  problems(webhook: string, payload: CallbackPayload, redaction: RedactionOptions): Draft[] {
    const operation = this.#document.webhooks?.[webhook]?.[payload.method.toLowerCase()];
    if (!operation)
      return [
        {
          in: 'route',
          location: '',
          rule: 'webhook',
          message: `the spec defines no ${payload.method} callback "${webhook}"`,
        },
      ];
    if (payload.method === 'GET' || payload.encoding === 'form') {
      const validate = this.#fields(webhook, payload.method, operation);
      if (!validate)
        return [
          {
            in: 'route',
            location: '',
            rule: 'webhook',
            message: `the spec's ${payload.method} callback "${webhook}" has no schema for a ${payload.encoding} payload`,
          },
        ];
      // Coercion ("3" is an integer in a query string) writes into the value: validate a copy.
      const value = structuredClone(payload.value);
      if (validate(value)) return [];
      return (validate.errors ?? []).map((error) => draftOf(error, payload.value, '', redaction));
    }
    const check = this.#check(webhook, operation);
    if (!check)
      return [
        { in: 'route', location: '', rule: 'webhook', message: `the spec's callback "${webhook}" has no JSON schema` },
      ];
    const drafts: Draft[] = [];
    if (check.envelope === 'array') {
      if (!Array.isArray(payload.value))
        return [
          {
            in: 'body',
            location: '',
            rule: 'type',
            message: 'must be array',
            value: shownValue(payload.value, '', redaction),
          },
        ];
      for (const [index, event] of payload.value.entries())
        drafts.push(...this.#event(check, event, `/${index}`, redaction));
    } else drafts.push(...this.#event(check, payload.value, '', redaction));
    return drafts;
  }

  #event(check: EventCheck, event: unknown, prefix: string, redaction: RedactionOptions): Draft[] {
    let validate = check.validate;
    if (check.typeField && check.branches && event !== null && typeof event === 'object' && !Array.isArray(event)) {
      const type = (event as Record<string, unknown>)[check.typeField];
      const branch = typeof type === 'string' ? check.branches.get(type) : undefined;
      if (type === undefined)
        return [
          {
            in: 'body',
            location: `${prefix}/${escapePointer(check.typeField)}`,
            rule: 'required',
            message: `must have required property '${check.typeField}'`,
          },
        ];
      if (!branch)
        return [
          {
            in: 'body',
            location: `${prefix}/${escapePointer(check.typeField)}`,
            rule: 'enum',
            message: `must be one of the documented types: ${[...check.branches.keys()].join(', ')}`,
            value: shownValue(type, check.typeField, redaction),
          },
        ];
      validate = branch;
    }
    if (validate(event)) return [];
    return (validate.errors ?? []).map((error) => draftOf(error, event, prefix, redaction));
  }

  /** The validator of a GET callback's query parameters or a form body's fields (strings coerced, as they arrive). */
  #fields(webhook: string, method: 'GET' | 'POST', operation: Node): ValidateFunction | null {
    const key = `${webhook} ${method} fields`;
    if (this.#fieldChecks.has(key)) return this.#fieldChecks.get(key)!;
    let schema: object | undefined;
    if (method === 'GET') {
      const parameters = [...(this.#document.webhooks[webhook].parameters ?? []), ...(operation.parameters ?? [])]
        .map((parameter: Node) => this.#resolve(parameter))
        .filter((parameter: Node | undefined): parameter is Node => parameter?.in === 'query');
      if (parameters.length)
        schema = {
          type: 'object',
          required: parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name),
          properties: Object.fromEntries(
            parameters.map((parameter) => [parameter.name, core.absoluteRefs(DOCUMENT_ID, parameter.schema ?? {})]),
          ),
        };
    } else {
      const requestBody = this.#resolve(operation.requestBody);
      const mediaType = Object.keys(requestBody?.content ?? {}).find(
        (type) => type === 'application/x-www-form-urlencoded',
      );
      if (mediaType) schema = core.absoluteRefs(DOCUMENT_ID, requestBody!.content[mediaType].schema ?? {}) as object;
    }
    const validate = schema ? this.#coercing.compile(schema) : null;
    this.#fieldChecks.set(key, validate);
    return validate;
  }

  #check(webhook: string, operation: Node): EventCheck | null {
    const key = webhook;
    if (this.#checks.has(key)) return this.#checks.get(key)!;
    const requestBody = this.#resolve(operation.requestBody);
    const mediaType = Object.keys(requestBody?.content ?? {}).find((type) => /json/.test(type));
    let check: EventCheck | null = null;
    if (mediaType) {
      const schemaPointer = operation.requestBody?.$ref
        ? `${operation.requestBody.$ref}/content/${encodeURIComponent(escapePointer(mediaType))}/schema`
        : `#/webhooks/${encodeURIComponent(escapePointer(webhook))}/post/requestBody/content/${encodeURIComponent(escapePointer(mediaType))}/schema`;
      const schema = this.#resolve(requestBody?.content?.[mediaType]?.schema);
      const array = schema?.type === 'array' && schema.items;
      const eventPointer = array ? `${schemaPointer}/items` : schemaPointer;
      const eventSchema = this.#resolve(array ? schema.items : schema);
      const validate = this.#ajv.compile({ $ref: `${DOCUMENT_ID}${eventPointer}` });
      const branches = new Map<string, ValidateFunction>();
      let typeField: string | undefined;
      const oneOf: Node[] | undefined = eventSchema?.oneOf;
      if (Array.isArray(oneOf)) {
        const pins = oneOf.map((branch) => pinned(this.#resolve(branch)));
        const fields = Object.keys(pins[0] ?? {}).filter((field) => pins.every((pin) => pin[field]));
        typeField = fields[0];
        if (typeField)
          oneOf.forEach((branch, index) => {
            const target = typeof branch.$ref === 'string' ? branch.$ref : `${eventPointer}/oneOf/${index}`;
            const compiled = this.#ajv.compile({ $ref: `${DOCUMENT_ID}${target}` });
            for (const value of pins[index]![typeField!]!) if (!branches.has(value)) branches.set(value, compiled);
          });
      }
      check = {
        envelope: array ? 'array' : 'object',
        validate,
        ...(typeField ? { typeField, branches } : {}),
      };
    }
    this.#checks.set(key, check);
    return check;
  }

  #resolve(value: Node | undefined): Node | undefined {
    return core.followLocalRef(this.#document, value);
  }
}

/** The string values a schema pins each property to (enum or const). */
function pinned(schema: Node | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, property] of Object.entries<Node>(schema?.properties ?? {})) {
    const values = property?.const !== undefined ? [property.const] : property?.enum;
    if (Array.isArray(values) && values.every((value) => typeof value === 'string')) result[name] = values;
  }
  return result;
}

function draftOf(error: ErrorObject, event: unknown, prefix: string, redaction: RedactionOptions): Draft {
  const missing = error.params.missingProperty ?? error.params.additionalProperty;
  const inner = `${error.instancePath}${typeof missing === 'string' ? `/${escapePointer(missing)}` : ''}`;
  const rule = error.keyword === 'required' ? 'required' : error.keyword;
  let value: unknown;
  if (error.keyword !== 'required') {
    value = event;
    for (const raw of error.instancePath.split('/').slice(1)) {
      const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
    }
  }
  const key = (inner.split('/').at(-1) ?? '').replace(/~1/g, '/').replace(/~0/g, '~');
  return {
    in: 'body',
    location: `${prefix}${inner}`,
    rule,
    message: error.message ?? 'is invalid',
    ...(value !== undefined && !['anyOf', 'oneOf', 'required'].includes(rule)
      ? { value: shownValue(value, key, redaction) }
      : {}),
  };
}
