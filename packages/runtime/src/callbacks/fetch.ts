// The receiver's adapter for Web `Request`/`Response` (fetch handlers, Deno, Bun, Hono, Next.js):
// reads the body only once the core has admitted the method, the credentials and the media type.
import { acknowledgement, isRefusal, refusalAnswer, webResponseOf } from './answer.js';
import { readWebStream } from './payload.js';
import type { CallbackCore, CallbackDelivery } from './verify.js';

export async function receiveWebRequest<TEvent>(
  core: CallbackCore<TEvent>,
  request: Request,
): Promise<CallbackDelivery<TEvent>> {
  const { method, headers } = request;
  const routes = core.admit(method, headers);
  const query = new URL(request.url).search;
  // Only read a body when the method has body routes and the request has one.
  if (!core.takesBody(routes) || request.body === null) return core.parse(routes, { method, headers, query });
  core.admitBody(routes, headers);
  const body = await core.readBody((limit) => readWebStream(request.body, limit));
  return core.parse(routes, { method, headers, query, body });
}

export function webCallbackHandler<TEvent>(
  core: CallbackCore<TEvent>,
  onDelivery: (delivery: CallbackDelivery<TEvent>) => unknown,
): (request: Request) => Promise<Response> {
  return async (request) => {
    let delivery: CallbackDelivery<TEvent>;
    try {
      delivery = await receiveWebRequest(core, request);
    } catch (error) {
      if (isRefusal(error)) return webResponseOf(refusalAnswer(error));
      throw error;
    }
    return webResponseOf(acknowledgement(await onDelivery(delivery)));
  };
}
