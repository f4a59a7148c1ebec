// Uploaded media files, kept in the core's bounded store like messages. Besides the store's
// record cap (oldest evicted first), the bytes of all files together are capped, so a long CI run
// that uploads many files cannot exhaust memory: an upload that would pass the cap evicts the
// oldest files (first in, first out) until it fits.
import type { BehaviourContext, BoundedStore, ValidatedRequest } from '../../core/api-behaviour.js';

/** The bytes of all stored media files together, at most (the sandbox's choice; documented in the README). */
export const MAX_TOTAL_MEDIA_BYTES = 64 * 1024 * 1024;

export interface StoredMedia {
  /** The account (v2) or user (v1) the file belongs to. */
  readonly owner: string;
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The upload's Content-Type header as sent (the file's media type). */
  readonly contentType: string;
}

function mediaStore(context: BehaviourContext): BoundedStore<StoredMedia> {
  return context.store<StoredMedia>('media');
}

// Files are per owner; a JSON pair keeps any two (owner, name) pairs apart, whatever they contain.
const keyOf = (owner: string, name: string) => JSON.stringify([owner, name]);

export function findMedia(context: BehaviourContext, owner: string, name: string): StoredMedia | undefined {
  return mediaStore(context).get(keyOf(owner, name));
}

/** Stores (or replaces) a file from an upload request; its bytes are the request's raw body. */
export function putMedia(
  context: BehaviourContext,
  request: ValidatedRequest,
  owner: string,
  name: string,
): StoredMedia {
  const store = mediaStore(context);
  const bytes = request.rawBody ?? new Uint8Array(0);
  const media: StoredMedia = {
    owner,
    name,
    bytes,
    contentType: request.headers['content-type'] ?? 'application/octet-stream',
  };
  const key = keyOf(owner, name);
  let total = bytes.length;
  for (const stored of store.values()) if (keyOf(stored.owner, stored.name) !== key) total += stored.bytes.length;
  for (const oldest of [...store.values()]) {
    if (total <= MAX_TOTAL_MEDIA_BYTES) break;
    if (keyOf(oldest.owner, oldest.name) === key) continue;
    store.delete(keyOf(oldest.owner, oldest.name));
    total -= oldest.bytes.length;
  }
  store.set(key, media);
  return media;
}

export function deleteMedia(context: BehaviourContext, owner: string, name: string): boolean {
  return mediaStore(context).delete(keyOf(owner, name));
}

/** The owner's files, oldest upload first. */
export function listMedia(context: BehaviourContext, owner: string): StoredMedia[] {
  return [...mediaStore(context).values()].filter((media) => media.owner === owner);
}
