/**
 * The message ID at the end of a message URL, relative (`/v1/users/{userId}/messages/{messageId}`,
 * as a single send's `Location`) or absolute (as a batch result's `location`). Undefined when the
 * URL names no message.
 */
export function messageIdFromLocation(
  location: string | null | undefined,
  base = 'http://localhost',
): string | undefined {
  if (!location) return undefined;
  let pathname: string;
  try {
    pathname = new URL(location, base).pathname;
  } catch {
    return undefined;
  }
  const segments = pathname.split('/');
  if (segments.at(-2) !== 'messages') return undefined;
  const last = segments.at(-1);
  if (!last) return undefined;
  try {
    return decodeURIComponent(last);
  } catch {
    return undefined;
  }
}

/**
 * The ID of the message a single `sendMessage` created: the last segment of its `Location` header
 * (`/v1/users/{userId}/messages/{messageId}`, relative as the documents print it).
 */
export function createdMessageId(response: Response): string {
  const id = messageIdFromLocation(response.headers.get('location'), response.url || undefined);
  if (!id) throw new TypeError(`The response (${response.status}) has no Location header naming the new message`);
  return id;
}
