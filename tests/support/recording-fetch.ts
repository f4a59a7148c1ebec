/**
 * A fetch that answers from a script and keeps every Request it was given, so tests can assert on
 * exactly what a client sent, without touching the global fetch.
 */
export type Responder = (request: Request, index: number) => Response | Promise<Response>;

export function recordingFetch(...responders: Responder[]) {
  const requests: Request[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    const index = requests.length;
    requests.push(request.clone());
    const responder = responders[Math.min(index, responders.length - 1)];
    if (!responder) throw new Error('recordingFetch has no responder');
    return responder(request, index);
  };
  return { fetch, requests };
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string> | undefined) },
  });
}

/**
 * A fetch that never answers, until the request is aborted. Like a real fetch it holds the
 * in-flight request strongly: undici links a Request to its signal through a WeakRef, so an
 * unreferenced request could be garbage-collected and its abort never seen.
 */
const inFlight = new Set<Request>();
export function neverAnswers(request: Request): Promise<Response> {
  inFlight.add(request);
  return new Promise<Response>((_, reject) => {
    const fail = () => reject(request.signal.reason);
    if (request.signal.aborted) fail();
    else request.signal.addEventListener('abort', fail, { once: true });
  }).finally(() => inFlight.delete(request));
}
