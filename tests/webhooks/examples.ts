import { webhooksOf } from '../support/spec.js';
import { CREDENTIALS } from './apis.js';

// Every example callback a spec documents for its webhooks, as the Request the provider would send:
// a body per media type, or a GET query string built from the parameters' examples of one name.

export interface ExampleCallback {
  name: string;
  webhook: string;
  method: string;
  /** The body's media type; "" for a query string. */
  mediaType: string;
  /** The payload: the body's JSON value, or the query parameters by name. */
  value: any;
  events: number;
  request: () => Request;
}

export function formBody(value: Record<string, unknown>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, item] of Object.entries(value))
    for (const one of Array.isArray(item) ? item : [item]) params.append(name, String(one));
  return params;
}

export function authorization(): string {
  return `Basic ${Buffer.from(`${CREDENTIALS.username}:${CREDENTIALS.password}`).toString('base64')}`;
}

export function examplesOf(document: any): ExampleCallback[] {
  const found: ExampleCallback[] = [];
  for (const { path: webhook, method, operation, parameters } of webhooksOf(document)) {
    for (const [mediaType, media] of Object.entries<any>(operation.requestBody?.content ?? {})) {
      const named = Object.entries<any>(media.examples ?? {}).map(([name, example]) => [name, example.value] as const);
      if (media.example !== undefined) named.push(['example', media.example]);
      for (const [name, value] of named) {
        const body = mediaType.includes('x-www-form-urlencoded') ? formBody(value).toString() : JSON.stringify(value);
        found.push({
          name: `${webhook} ${method.toUpperCase()} ${mediaType} example "${name}"`,
          webhook,
          method: method.toUpperCase(),
          mediaType,
          value,
          events: Array.isArray(value) ? value.length : 1,
          request: () =>
            new Request('http://127.0.0.1/callbacks', {
              method: method.toUpperCase(),
              headers: {
                'content-type': mediaType.includes('json') ? `${mediaType}; charset=utf-8` : mediaType,
                authorization: authorization(),
              },
              body,
            }),
        });
      }
    }
    // GET callbacks: one query string per example name shared by the parameters (or their single `example`).
    const query = parameters.filter((parameter: any) => parameter.in === 'query');
    const names = new Set<string>(
      query.flatMap((parameter: any) => [
        ...Object.keys(parameter.examples ?? {}),
        ...(parameter.example !== undefined ? ['example'] : []),
      ]),
    );
    for (const name of names) {
      const value: Record<string, unknown> = {};
      for (const parameter of query) {
        const example = name === 'example' ? parameter.example : parameter.examples?.[name]?.value;
        if (example !== undefined) value[parameter.name] = example;
      }
      const params = formBody(value);
      found.push({
        name: `${webhook} ${method.toUpperCase()} query example "${name}"`,
        webhook,
        method: method.toUpperCase(),
        mediaType: '',
        value,
        events: 1,
        request: () =>
          new Request(`http://127.0.0.1/callbacks?${params}`, {
            method: method.toUpperCase(),
            headers: { authorization: authorization() },
          }),
      });
    }
  }
  return found;
}
