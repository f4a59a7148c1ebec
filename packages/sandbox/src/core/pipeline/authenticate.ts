// Stage 2, authenticate: Prism checks that the documented security scheme is present; the
// sandbox checks the Basic credentials' values when it was started with some.
import { timingSafeEqual } from 'node:crypto';
import type { Credentials } from '../api-behaviour.js';
import { basicCredentials } from '../http.js';
import * as prism from '../prism.js';
import type { RoutedRequest } from './route.js';
import { type StageResult, next, refuse, sandboxError } from './stage.js';

/** The Basic credentials the caller sent (undefined for another scheme), once accepted. */
export function authenticate(
  routed: RoutedRequest,
  required: Credentials | undefined,
): StageResult<Credentials | undefined> {
  const { operation, operationId, method, rawPath, query, headers } = routed;
  const input = { method, url: { path: rawPath, query }, headers };
  if (prism.securityViolations(operation, input).length)
    return refuse(sandboxError('unauthorized', 'Credentials are missing.', { operationId }));
  const sent = basicCredentials(headers.authorization);
  if (
    required &&
    !(sent && sameSecret(sent.username, required.username) && sameSecret(sent.password, required.password))
  )
    return refuse(
      sandboxError('unauthorized', 'The credentials are not the ones this sandbox was started with.', { operationId }),
    );
  return next(sent);
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  // Compare equal-length buffers so the time does not depend on where they differ.
  return timingSafeEqual(left.length === right.length ? left : right, right) && left.length === right.length;
}
