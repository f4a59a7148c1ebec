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

/** A fetch that never answers, until the request is aborted. */
export function neverAnswers(request: Request): Promise<Response> {
  return new Promise((_, reject) => {
    if (request.signal.aborted) reject(request.signal.reason);
    request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
  });
}
