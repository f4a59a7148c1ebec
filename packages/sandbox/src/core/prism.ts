// Prism (@stoplight/prism-http, the library inside `prism mock`) as the contract's guard: its
// router, request validator, response validator and example mocker, called one by one so the
// sandbox decides what happens between them. The mocker pulls in faker (~0.4 s), so it is loaded
// only when an answer needs an example.
import { createRequire } from 'node:module';
import type { Violation, ViolationLocation } from './api-behaviour.js';

const require = createRequire(import.meta.url);

/** The parts of Prism's IHttpOperation the sandbox reads. */
export interface PrismOperation {
  readonly id: string;
  readonly iid?: string;
  readonly method: string;
  readonly path: string;
  readonly request?: {
    readonly body?: { readonly contents?: ReadonlyArray<{ readonly mediaType: string }> };
    readonly query?: ReadonlyArray<{ readonly name: string }>;
    readonly headers?: ReadonlyArray<{ readonly name: string }>;
  };
  readonly responses: ReadonlyArray<{
    readonly code: string;
    readonly contents?: ReadonlyArray<{ readonly mediaType: string }>;
  }>;
}

/** The operation's id as the spec names it (Prism keeps the spec's operationId in `iid`). */
export const operationIdOf = (operation: PrismOperation): string => operation.iid ?? operation.id;

export interface PrismInput {
  method: string;
  url: { path: string; query: Record<string, string | string[]> };
  headers: Record<string, string>;
  body?: unknown;
}

export interface PrismOutput {
  statusCode: number;
  headers?: Record<string, string>;
  body?: unknown;
}

interface Diagnostic {
  readonly path?: readonly string[];
  readonly code?: string | number;
  readonly message: string;
  readonly severity: number;
}

type Either<L, R> = { readonly _tag: 'Left'; readonly left: L } | { readonly _tag: 'Right'; readonly right: R };

interface PrismError extends Error {
  readonly status?: number;
  readonly detail?: string;
  readonly additional?: { readonly headers?: Record<string, string> };
}

interface PrismModules {
  getHttpOperationsFromSpec(spec: string | object): Promise<PrismOperation[]>;
  route(options: { resources: PrismOperation[]; input: PrismInput }): Either<PrismError, PrismOperation>;
  validateInput(options: { resource: PrismOperation; element: PrismInput }): Either<Diagnostic[], PrismInput>;
  validateSecurity(options: { resource: PrismOperation; element: PrismInput }): Either<Diagnostic[], PrismInput>;
  validateOutput(options: { resource: PrismOperation; element: PrismOutput }): Either<Diagnostic[], PrismOutput>;
}

let modules: PrismModules | undefined;
function prism(): PrismModules {
  modules ??= {
    getHttpOperationsFromSpec: require('@stoplight/prism-http/dist/utils/operations').getHttpOperationsFromSpec,
    route: require('@stoplight/prism-http/dist/router').default,
    ...(require('@stoplight/prism-http/dist/validator') as Pick<
      PrismModules,
      'validateInput' | 'validateSecurity' | 'validateOutput'
    >),
  };
  return modules;
}

type Mocker = (options: {
  resource: PrismOperation;
  input: { data: PrismInput; validations: Diagnostic[] };
  config: object;
}) => (logger: object) => Either<PrismError, PrismOutput>;
let mocker: Mocker | undefined;
/** Loads Prism's mocker now (done in the background once a sandbox listens). */
export function preloadMocker(): void {
  mocker ??= require('@stoplight/prism-http/dist/mocker').default as Mocker;
}

/** Prism logs through pino; the sandbox does its own logging, so Prism's is a silent stand-in. */
const silentLogger: Record<string, unknown> = {};
for (const level of ['trace', 'debug', 'info', 'success', 'warn', 'error', 'fatal', 'log'])
  silentLogger[level] = () => undefined;
silentLogger.child = () => silentLogger;

/** Reads a spec (a file path, or an already bundled document) into Prism's operations. */
export function loadOperations(spec: string | object): Promise<PrismOperation[]> {
  // Prism's $ref resolver mutates the document it is given; hand it a copy.
  return prism().getHttpOperationsFromSpec(typeof spec === 'string' ? spec : structuredClone(spec));
}

export type RouteResult =
  | { readonly ok: true; readonly operation: PrismOperation }
  | { readonly ok: false; readonly status: 404 | 405; readonly message: string };

export function route(operations: readonly PrismOperation[], input: PrismInput): RouteResult {
  const result = prism().route({ resources: operations as PrismOperation[], input });
  if (result._tag === 'Right') return { ok: true, operation: result.right };
  const methodMissing = result.left.status === 405 || /NO_METHOD_MATCHED/.test(result.left.name);
  return methodMissing
    ? { ok: false, status: 405, message: `${input.method.toUpperCase()} is not allowed on this path.` }
    : { ok: false, status: 404, message: 'No operation of this API has this path.' };
}

/** Security problems (missing credentials). Prism only checks presence; the sandbox checks values. */
export function securityViolations(operation: PrismOperation, input: PrismInput): Diagnostic[] {
  const result = prism().validateSecurity({ resource: operation, element: input });
  return result._tag === 'Left' ? result.left : [];
}

/** Errors (not warnings) of the request against the operation. */
export function inputViolations(operation: PrismOperation, input: PrismInput): Diagnostic[] {
  const result = prism().validateInput({ resource: operation, element: input });
  return result._tag === 'Left' ? result.left.filter((diagnostic) => diagnostic.severity === 0) : [];
}

/** Every problem (errors and warnings) of a response against the operation. */
export function outputViolations(operation: PrismOperation, output: PrismOutput): Diagnostic[] {
  const result = prism().validateOutput({ resource: operation, element: output });
  return result._tag === 'Left' ? result.left : [];
}

export type MockResult =
  | { readonly ok: true; readonly output: PrismOutput }
  | { readonly ok: false; readonly status: number; readonly message: string };

/** Prism's example answer, honouring `code`/`exampleKey`/`mediaTypes` (from Prefer and Accept). */
export function mock(
  operation: PrismOperation,
  input: PrismInput,
  config: { code?: number; exampleKey?: string; mediaTypes?: string[]; dynamic?: boolean },
): MockResult {
  preloadMocker();
  const result = mocker!({
    resource: operation,
    input: { data: input, validations: [] },
    config: { dynamic: false, ...config },
  })(silentLogger);
  if (result._tag === 'Right') return { ok: true, output: result.right };
  return { ok: false, status: result.left.status ?? 500, message: result.left.detail ?? result.left.message };
}

/** A Prism diagnostic as a sandbox Violation naming the field the user sent (as the spec spells it). */
export function toViolation(operation: PrismOperation, diagnostic: Diagnostic): Violation {
  const [where, ...rest] = diagnostic.path ?? [];
  const location: ViolationLocation =
    where === 'query' || where === 'path' || where === 'header' || where === 'body'
      ? where
      : where === 'headers'
        ? 'header'
        : 'body';
  const field = [...rest].map(String);
  // Prism lower-cases query and header names in its diagnostics; name the parameter as the spec does.
  const parameters =
    location === 'query' ? operation.request?.query : location === 'header' ? operation.request?.headers : undefined;
  const declared =
    field[0] === undefined
      ? undefined
      : parameters?.find((parameter) => parameter.name.toLowerCase() === field[0]!.toLowerCase())?.name;
  if (declared && declared !== field[0]) {
    diagnostic = { ...diagnostic, message: diagnostic.message.replaceAll(`'${field[0]}'`, `'${declared}'`) };
    field[0] = declared;
  }
  // Prism reports a missing property at its parent, with the name only in the message.
  const missing = diagnostic.code === 'required' ? /property '([^']+)'/.exec(diagnostic.message)?.[1] : undefined;
  if (missing) field.push(missing);
  const message =
    diagnostic.message.replace(/^Request (body|query parameter|path parameter|header parameter)\s*/i, '').trim() ||
    diagnostic.message;
  return { location, field: field.join('.'), message };
}

/** A diagnostic as one line for logs and the x-sandbox-violations header. */
export function describeDiagnostic(prefix: 'request' | 'response', diagnostic: Diagnostic): string {
  const path = [prefix, ...(diagnostic.path ?? [])].join('.');
  return `${path}: ${diagnostic.message}`;
}

export type { Diagnostic };
