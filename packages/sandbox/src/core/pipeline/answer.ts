// Stage 6, answer: the API folder's handler (stateful mode), or Prism's example of the
// operation (stateless mode, operations without a handler, and `Prefer: code=`/`example=`).
import type {
  BehaviourContext,
  Credentials,
  ForcedCarrierFailure,
  OperationHandler,
  SandboxResponse,
} from '../api-behaviour.js';
import type { ValidatedRequest } from '../api-behaviour.js';
import { accepts, safeDecode } from '../http.js';
import * as prism from '../prism.js';
import type { RequestBody } from './read-body.js';
import { pathParameters, type RoutedRequest } from './route.js';
import { type StageResult, next, refuse, sandboxError } from './stage.js';

/** What the answer stage needs besides the request. */
export interface Answerer {
  /** The handler of the operation, when the sandbox is stateful and the API folder models it. */
  readonly handler: OperationHandler | undefined;
  readonly context: BehaviourContext;
  readonly baseUrl: string;
}

export interface AcceptedRequest {
  readonly routed: RoutedRequest;
  readonly body: RequestBody;
  readonly input: prism.PrismInput;
  readonly credentials: Credentials | undefined;
  readonly forcedFailure: ForcedCarrierFailure | undefined;
}

export async function answerRequest(
  accepted: AcceptedRequest,
  answerer: Answerer,
): Promise<StageResult<SandboxResponse>> {
  const { routed } = accepted;
  const prefer = parsePrefer(routed.headers.prefer);
  const handler = prefer.code !== undefined || prefer.exampleKey !== undefined ? undefined : answerer.handler;
  if (handler) {
    const refused = unacceptable(routed);
    if (refused) return refuse(refused);
    const response = await handler(validatedRequest(accepted, answerer.baseUrl), answerer.context);
    if (response) return next(response);
  }
  return exampleAnswer(accepted, prefer);
}

/** A handler answers JSON (or files): an Accept header that admits none of them is a 406. */
function unacceptable(routed: RoutedRequest) {
  const produced = routed.operation.responses.flatMap(
    (candidate) => candidate.contents?.map((content) => content.mediaType) ?? [],
  );
  if (produced.length === 0 || produced.some((type) => accepts(routed.headers.accept, type))) return undefined;
  const types = [...new Set(produced)].join(', ');
  return sandboxError('not-acceptable', `This operation answers ${types}, which the Accept header excludes.`, {
    operationId: routed.operationId,
    violations: [{ location: 'header', field: 'Accept', message: 'admits no media type this operation produces' }],
  });
}

function validatedRequest(accepted: AcceptedRequest, baseUrl: string): ValidatedRequest {
  const { routed, body } = accepted;
  return {
    operationId: routed.operationId,
    method: routed.method as ValidatedRequest['method'],
    path: safeDecode(routed.rawPath) ?? routed.rawPath,
    pathParams: pathParameters(routed),
    query: routed.query,
    headers: routed.headers,
    body: body.value,
    mediaType: body.mediaType,
    ...(body.bytes.length > 0 ? { rawBody: new Uint8Array(body.bytes) } : {}),
    credentials: accepted.credentials,
    baseUrl,
    forcedFailure: accepted.forcedFailure,
  };
}

interface Prefer {
  code?: number;
  exampleKey?: string;
  dynamic?: boolean;
}

/** Prefer: code=429, example=name, dynamic=true — as Prism's own server reads it. */
function parsePrefer(value: string | undefined): Prefer {
  const result: Prefer = {};
  for (const part of (value ?? '').split(/[,;]/)) {
    const [key = '', raw = ''] = part.split('=').map((piece) => piece.trim());
    if (key === 'code' && /^\d{3}$/.test(raw)) result.code = Number(raw);
    else if (key === 'example' && raw) result.exampleKey = raw;
    else if (key === 'dynamic') result.dynamic = raw === 'true';
  }
  return result;
}

function exampleAnswer(accepted: AcceptedRequest, prefer: Prefer): StageResult<SandboxResponse> {
  const { routed, input } = accepted;
  const accept = routed.headers.accept;
  const mediaTypes =
    accept && accept.trim() !== '*/*'
      ? accept
          .split(',')
          .map((range) => range.split(';')[0]!.trim())
          .filter(Boolean)
      : undefined;
  const example = prism.mock(routed.operation, input, { ...prefer, ...(mediaTypes ? { mediaTypes } : {}) });
  if (example.ok)
    return next({ status: example.output.statusCode, headers: example.output.headers, body: example.output.body });
  const field = example.status === 406 ? 'Accept' : 'Prefer';
  const kind = example.status === 406 ? 'not-acceptable' : 'bad-request';
  return refuse(
    sandboxError(kind, example.message, {
      operationId: routed.operationId,
      violations: [{ location: 'header', field, message: example.message }],
    }),
  );
}
