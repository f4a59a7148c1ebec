// Media files end to end through startSandbox, for both Bandwidth APIs: upload -> list -> get ->
// delete over HTTP, every answer checked by the core against the spec (no x-sandbox-violations).
import { startSandbox, type Sandbox } from '@messaging-contracts/sandbox';
import { afterEach, describe, expect, it } from 'vitest';
import { loadApis } from '../../scripts/lib/apis.mjs';
import { basic } from './support.js';

const running: Sandbox[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((sandbox) => sandbox.stop()));
});

async function sandbox(name: string): Promise<Sandbox> {
  const api = loadApis().find((candidate) => candidate.name === name)!;
  const started = await startSandbox({ api: api.name, log: false });
  running.push(started);
  return started;
}

async function call(url: string, init: RequestInit = {}): Promise<Response> {
  const response = await fetch(url, {
    ...init,
    headers: { authorization: basic(), ...(init.headers as Record<string, string>) },
  });
  expect(response.headers.get('x-sandbox-violations'), `${init.method ?? 'GET'} ${url}`).toBeNull();
  return response;
}

// Bytes that are not UTF-8, so a text decoding anywhere would show.
const file = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00]);

const cases = [
  // v2 media IDs may contain slashes (x-allowSlashes), sent as is.
  {
    api: 'bandwidth-messaging-v2',
    base: '/users/9900000/media',
    name: 'inbound/0/bw.png',
    stored: 204,
    deleted: 204,
    served: 'application/octet-stream',
  },
  {
    api: 'bandwidth-messaging-v1',
    base: '/users/u-abc123/media',
    name: 'bw.png',
    stored: 200,
    deleted: 200,
    served: 'image/png',
  },
];

describe.each(cases)('$api media', ({ api, base, name, stored, deleted, served }) => {
  it('upload -> list -> get -> delete, each answer valid against the spec', async () => {
    const box = await sandbox(api);
    const url = `${box.url}${base}/${name}`;
    expect((await call(url, { method: 'PUT', headers: { 'content-type': 'image/png' }, body: file })).status).toBe(
      stored,
    );

    const listed = await call(`${box.url}${base}`);
    expect(listed.status).toBe(200);
    const files = (await listed.json()) as Array<{ mediaName: string; contentLength: number; content: string }>;
    expect(files).toEqual([
      { mediaName: name, contentLength: file.length, content: expect.stringMatching(new RegExp(`/media/${name}$`)) },
    ]);

    // The listed URL serves the file (also under the provider's base path, e.g. /v1).
    const downloaded = await call(files[0]!.content);
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers.get('content-type')).toBe(served);
    expect(new Uint8Array(await downloaded.arrayBuffer())).toEqual(file);

    expect((await call(url, { method: 'DELETE' })).status).toBe(deleted);
    expect(await (await call(`${box.url}${base}`)).json()).toEqual([]);
    expect((await call(url)).status).toBe(404);
    expect((await call(url, { method: 'DELETE' })).status).toBe(404);
  });
});

describe('media limits and paths', () => {
  it('v2: an ID sent with %2F is the same file as one sent with literal slashes', async () => {
    const box = await sandbox('bandwidth-messaging-v2');
    await call(`${box.url}/users/9900000/media/a%2Fb.png`, {
      method: 'PUT',
      headers: { 'content-type': 'image/png' },
      body: file,
    });
    const downloaded = await call(`${box.url}/users/9900000/media/a/b.png`);
    expect(downloaded.status).toBe(200);
    expect(new Uint8Array(await downloaded.arrayBuffer())).toEqual(file);
  });

  it('folds slashes only into parameters marked x-allowSlashes: a message ID with a slash is still no path', async () => {
    const box = await sandbox('bandwidth-messaging-v2');
    const response = await call(`${box.url}/users/9900000/messages/abc/def/history`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ type: 'not-found' });
  });

  it('an upload over the sandbox body cap answers in the API shape: v2 400, v1 403 media-size-overflow', async () => {
    const big = new Uint8Array(1024 * 1024 + 1);
    const v2 = await sandbox('bandwidth-messaging-v2');
    const refused = await call(`${v2.url}/users/9900000/media/big.wav`, {
      method: 'PUT',
      headers: { 'content-type': 'audio/wav' },
      body: big,
    });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ type: 'request-validation' });
    const v1 = await sandbox('bandwidth-messaging-v1');
    const overflow = await call(`${v1.url}/users/u-abc123/media/big.wav`, {
      method: 'PUT',
      headers: { 'content-type': 'audio/wav' },
      body: big,
    });
    expect(overflow.status).toBe(403);
    expect(await overflow.json()).toMatchObject({ category: 'forbidden', code: 'media-size-overflow' });
  });
});
