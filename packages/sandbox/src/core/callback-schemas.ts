// Validation of every callback payload the sandbox delivers against the spec's top-level
// `webhooks:` (OpenAPI 3.1, JSON Schema 2020-12): the JSON or form body of a POST, or the query
// parameters of a GET.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { absoluteRefs, escapePointerSegment, followLocalRef } from './local-refs.js';

// ajv-formats is CommonJS; under NodeNext its default import is typed as the module object.
const addFormats = addFormatsPlugin as unknown as (ajv: Ajv2020) => Ajv2020;

const DOCUMENT_ID = 'https://sandbox.invalid/openapi.json';

interface WebhookParameter {
  readonly name: string;
  readonly in: string;
  readonly required?: boolean;
  readonly schema?: object;
}

type Payload = { readonly method: 'GET' | 'POST'; readonly encoding: 'json' | 'form'; readonly value: unknown };

export class CallbackSchemaValidator {
  // biome-ignore lint/suspicious/noExplicitAny: the spec is an untyped OpenAPI document walked by JSON pointer
  readonly #document: Record<string, any>;
  readonly #strict: Ajv2020;
  /** Query strings and form bodies carry strings only; "3" is a valid integer there. */
  readonly #coercing: Ajv2020;
  readonly #compiled = new Map<string, ValidateFunction | null>();

  constructor(document: object) {
    // biome-ignore lint/suspicious/noExplicitAny: the spec is an untyped OpenAPI document walked by JSON pointer
    this.#document = document as Record<string, any>;
    const make = (coerceTypes: boolean) => {
      const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, coerceTypes });
      addFormats(ajv);
      ajv.addSchema(document, DOCUMENT_ID);
      return ajv;
    };
    this.#strict = make(false);
    this.#coercing = make(true);
  }

  /** The names of the spec's webhooks. */
  get names(): string[] {
    return Object.keys(this.#document.webhooks ?? {});
  }

  /**
   * Problems of `payload` as a delivery of `webhook`, one line each; [] when it is valid. A webhook
   * the spec does not (yet) define is itself a problem, so a missing contract is never silent.
   */
  problems(webhook: string, payload: Payload): string[] {
    const method = payload.method.toLowerCase();
    const operation = this.#document.webhooks?.[webhook]?.[method];
    if (!operation) return [`the spec defines no ${payload.method} webhook "${webhook}"`];
    const validate = this.#validator(webhook, method, payload, operation);
    if (!validate)
      return [`the spec's ${payload.method} webhook "${webhook}" has no schema for a ${payload.encoding} payload`];
    const value =
      payload.method === 'GET' || payload.encoding === 'form' ? structuredClone(payload.value) : payload.value;
    if (validate(value)) return [];
    return (validate.errors ?? [])
      .slice(0, 20)
      .map((error) => `${error.instancePath || '(root)'} ${error.message ?? 'is invalid'}`);
  }

  #validator(
    webhook: string,
    method: string,
    payload: Payload,
    // biome-ignore lint/suspicious/noExplicitAny: the spec is an untyped OpenAPI document walked by JSON pointer
    operation: Record<string, any>,
  ): ValidateFunction | null {
    const key = `${webhook} ${method} ${payload.encoding}`;
    if (this.#compiled.has(key)) return this.#compiled.get(key)!;
    const base = `${DOCUMENT_ID}#/webhooks/${escapePointer(webhook)}/${method}`;
    let validator: ValidateFunction | null = null;
    if (payload.method === 'GET') {
      const parameters = [...(this.#document.webhooks[webhook].parameters ?? []), ...(operation.parameters ?? [])].map(
        // biome-ignore lint/suspicious/noExplicitAny: the spec is an untyped OpenAPI document walked by JSON pointer
        (parameter: any) => this.#resolve(parameter),
      ) as WebhookParameter[];
      const query = parameters.filter((parameter) => parameter.in === 'query');
      if (query.length) {
        validator = this.#coercing.compile({
          type: 'object',
          required: query.filter((parameter) => parameter.required).map((parameter) => parameter.name),
          // The bundled spec's parameter schemas $ref its components: point those into the document.
          properties: Object.fromEntries(
            query.map((parameter) => [parameter.name, absoluteRefs(DOCUMENT_ID, parameter.schema ?? {})]),
          ),
        });
      }
    } else {
      const content: Record<string, unknown> = this.#resolve(operation.requestBody)?.content ?? {};
      const mediaType = Object.keys(content).find((type) =>
        payload.encoding === 'json' ? /json/.test(type) : type === 'application/x-www-form-urlencoded',
      );
      if (mediaType && (content[mediaType] as { schema?: unknown } | undefined)?.schema) {
        const pointer = `${base}/requestBody/content/${escapePointer(mediaType)}/schema`;
        const ajv = payload.encoding === 'form' ? this.#coercing : this.#strict;
        validator = operation.requestBody.$ref
          ? ajv.compile({
              $ref: `${DOCUMENT_ID}${operation.requestBody.$ref}/content/${escapePointer(mediaType)}/schema`,
            })
          : ajv.compile({ $ref: pointer });
      }
    }
    this.#compiled.set(key, validator);
    return validator;
  }

  /** Follows a local `#/components/...` $ref of the bundled document. */
  // biome-ignore lint/suspicious/noExplicitAny: the spec is an untyped OpenAPI document walked by JSON pointer
  #resolve(value: any): any {
    return followLocalRef(this.#document, value);
  }
}

/** A JSON pointer segment, URI-encoded for use inside a $ref. */
const escapePointer = (segment: string) => encodeURIComponent(escapePointerSegment(segment));
