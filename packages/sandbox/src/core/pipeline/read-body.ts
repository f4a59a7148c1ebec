// Stage 3, read the body: capped in size, its Content-Type checked, JSON nesting bounded; and
// the request as Prism's validator reads it.
import type { IncomingMessage } from 'node:http';
import { BodyError, drain, isJsonMediaType, parseFormBody, parseJsonBody, parseMediaType, readBody } from '../http.js';
import type { RequestLimits } from '../options.js';
import type { PrismInput } from '../prism.js';
import type { RoutedRequest } from './route.js';
import { type StageResult, next, refuse, sandboxError } from './stage.js';

export interface RequestBody {
  /** The bytes as received (empty without a body). */
  readonly bytes: Buffer;
  /** The parsed body: JSON value, form fields, text; undefined without a body. */
  readonly value: unknown;
  /** The media type without parameters, when there is a body. */
  readonly mediaType: string | undefined;
  /** The body as Prism validates it (a form body as its text). */
  readonly forPrism: unknown;
}

export async function readRequestBody(
  request: IncomingMessage,
  routed: RoutedRequest,
  limits: RequestLimits,
): Promise<StageResult<RequestBody>> {
  try {
    // A body on GET/HEAD carries no meaning here (and none of the specs defines one): read and ignore it.
    const ignored = routed.method === 'get' || routed.method === 'head';
    const bytes = ignored
      ? await drain(request, limits.maxBodyBytes).then(() => Buffer.alloc(0))
      : await readBody(request, limits.maxBodyBytes);
    if (bytes.length === 0) return next({ bytes, value: undefined, mediaType: undefined, forPrism: undefined });
    return next(parse(bytes, routed.headers['content-type'], limits.maxJsonDepth));
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    const location = error.kind === 'unsupported-media-type' ? 'header' : 'body';
    const field = location === 'header' ? 'Content-Type' : '';
    return refuse(
      sandboxError(error.kind, error.message, {
        operationId: routed.operationId,
        violations: [{ location, field, message: error.message }],
      }),
    );
  }
}

function parse(bytes: Buffer, contentType: string | undefined, maxJsonDepth: number): RequestBody {
  const parsed = parseMediaType(contentType);
  if (!parsed)
    throw new BodyError(
      'unsupported-media-type',
      contentType === undefined
        ? 'The request has a body but no Content-Type.'
        : 'The Content-Type header is not a media type.',
    );
  const text = bytes.toString('utf8');
  const mediaType = parsed.type;
  if (isJsonMediaType(mediaType)) {
    const value = parseJsonBody(text, maxJsonDepth);
    return { bytes, value, mediaType, forPrism: value };
  }
  if (mediaType === 'application/x-www-form-urlencoded')
    return { bytes, value: parseFormBody(text), mediaType, forPrism: text };
  return { bytes, value: text, mediaType, forPrism: text };
}

/** The request as Prism's validator and mocker read it. */
export function prismInput(routed: RoutedRequest, body: RequestBody): PrismInput {
  // The length of the text Prism validates (malformed UTF-8 becomes replacement characters).
  const headers: Record<string, string> = {
    ...routed.headers,
    'content-length': String(Buffer.byteLength(body.bytes.toString('utf8'))),
  };
  if (!body.mediaType) delete headers['content-type'];
  return {
    method: routed.method,
    url: { path: routed.rawPath, query: routed.query },
    headers,
    ...(body.forPrism !== undefined ? { body: body.forPrism } : {}),
  };
}
