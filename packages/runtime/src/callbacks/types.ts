// The shapes shared by the generated webhook descriptions (packages/<api>/src/generated/webhooks.ts)
// and the receiver. Only Web-platform types: this path runs on Node, Deno, Bun and edge runtimes.

/** One error of a compiled (ajv standalone) validator, as ajv reports it. */
export interface ValidatorError {
  /** JSON pointer of the value that failed, e.g. `/0/message/id`. */
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  schemaPath?: string;
}

/** A validator compiled from the spec at generate time: `true` when valid, else `errors` says why. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ValidatorError[] | null;
}

/** One way an operation's payload arrives: a body of one media type, or the query string. */
export interface WebhookInput {
  readonly in: 'body' | 'query';
  /** The body's media type as the spec lists it; `""` for the query string. */
  readonly mediaType: string;
  /** JSON, or name=value pairs (query strings and form bodies), whose values the validator coerces. */
  readonly parse: 'json' | 'form';
  /** `array`: the payload is a list of events (Bandwidth v2); `object`: it is one event. */
  readonly envelope: 'array' | 'object';
  /**
   * Whether validating each event with the alternative its type picks is the whole check (the
   * envelope adds only `type: array` + `items`, the event schema only its oneOf/anyOf). The receiver
   * then skips the whole-payload validator, whose oneOf tries every alternative.
   */
  readonly exact: boolean;
  /** The event schema's OpenAPI `discriminator.propertyName`, when it has one. */
  readonly discriminator: string | undefined;
  /** The event schema's `x-dedupe-key`: JSON pointers of the fields that together identify an event. */
  readonly dedupeKey: readonly string[] | undefined;
  /** Validates the whole payload. */
  readonly validate: CompiledValidator;
  /** One entry per alternative of the event schema (its oneOf/anyOf, or itself), for routing and precise errors. */
  readonly events: readonly {
    /** The string values the alternative pins each top-level property to (enum/const). */
    readonly constants: Readonly<Record<string, readonly string[]>>;
    readonly validate: CompiledValidator;
  }[];
}

/** One webhook operation of a spec (`webhooks.<webhook>.<method>`). */
export interface WebhookOperation {
  readonly webhook: string;
  readonly method: string;
  readonly operationId: string;
  /** Whether the operation's `security` names an HTTP Basic scheme. */
  readonly basicAuth: boolean;
  readonly inputs: readonly WebhookInput[];
}

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';

type ElementOf<T> = T extends readonly (infer Element)[] ? Element : T;

/** The events an openapi-typescript operation carries: its body's (array elements, for an array envelope) or its query parameters. */
export type OperationEvents<Operation> =
  | (Operation extends { requestBody?: { content: infer Content } }
      ? { [Media in keyof Content]: ElementOf<Content[Media]> }[keyof Content]
      : never)
  | (Operation extends { parameters: { query?: infer Query } } ? NonNullable<Query> : never);

/**
 * The union of every event type of an openapi-typescript `webhooks` interface (or of one webhook
 * of it): narrow it with a `switch` on the event type field.
 */
export type WebhookEvents<Webhooks, Name extends keyof Webhooks = keyof Webhooks> = {
  [Webhook in Name]: {
    [Method in HttpMethod]: Webhooks[Webhook] extends { [M in Method]?: infer Operation }
      ? OperationEvents<NonNullable<Operation>>
      : never;
  }[HttpMethod];
}[Name];
