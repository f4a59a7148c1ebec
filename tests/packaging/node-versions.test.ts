import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:http';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npmEnv, packInto } from '../../scripts/lib/pack.mjs';
import { nodeBinary } from './node-binaries.js';
import { describeRun, packages, run, tempDir } from './support.js';

// The Node versions the packages promise (engines, runtime README): each runs the packed clients.
const MAJORS = [20, 22, 24] as const;

// How to make one call per client: its send operation and the path parameter it takes.
type Send = { path: string; parameter: string; body: Record<string, unknown>; listQuery?: Record<string, unknown> };
const SENDS: Record<string, Send> = {
  'bandwidth-messaging-v2': {
    path: '/users/{accountId}/messages',
    parameter: 'accountId',
    body: { applicationId: 'app-1', to: ['+15554443333'], from: '+15554442222', text: 'hi' },
  },
  'bandwidth-messaging-v1': {
    path: '/users/{userId}/messages',
    parameter: 'userId',
    body: { from: '+15554442222', to: '+15554443333', text: 'hi' },
  },
  'fonedynamics-messaging-v2': {
    path: '/v2/Properties/{PropertySid}/Messages',
    parameter: 'PropertySid',
    body: { To: '+61400000000', Text: 'hi' },
    listQuery: { Date_From: 1_700_000_000, Date_To: 1_700_086_400 },
  },
};

const clients = packages.filter((pkg) => pkg.api !== undefined);

/**
 * One ESM program per client: a send that succeeds, a 404 that must be a NotFoundError with the
 * request id, a body that stalls (TimeoutError within timeoutMs), and a `..` path parameter
 * (InvalidParameterError, nothing sent). It prints what it saw as JSON.
 */
function program(packageName: string, send: Send): string {
  const path = JSON.stringify(send.path);
  const params = (value: string, query?: Record<string, unknown>) =>
    `{ path: { ${JSON.stringify(send.parameter)}: ${JSON.stringify(value)} }${query ? `, query: ${JSON.stringify(query)}` : ''} }`;
  return `import * as api from '${packageName}';
const client = api.createClient({ username: 'user', password: 'pass', baseUrl: process.env.FAKE_URL, timeoutMs: 400, retry: false });
const body = ${JSON.stringify(send.body)};
const out = { node: process.version };
const sent = await client.POST(${path}, { params: ${params('id-1')}, body });
out.send = { status: sent.response.status, data: sent.data };
const failure = async (call) => { try { await call(); return { resolved: true }; } catch (error) { return { name: error.name, message: error.message, apiError: api.isApiError(error), typed: error instanceof api.MessagingContractsError, status: error.status, requestId: error.requestId, timeoutMs: error.timeoutMs }; } };
out.notFound = await failure(() => client.GET(${path}, { params: ${params('missing', send.listQuery)} }));
out.stall = await failure(() => client.GET(${path}, { params: ${params('stall', send.listQuery)} }));
out.traversal = await failure(() => client.POST(${path}, { params: ${params('..')}, body }));
console.log(JSON.stringify(out));
`;
}

let root: string;
let project: string;
let server: Server;
let fakeUrl: string;
const received: { method: string; url: string; authorization: string | undefined; body: string }[] = [];

function fake(request: IncomingMessage, response: ServerResponse) {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    received.push({
      method: request.method ?? '',
      url: request.url ?? '',
      authorization: request.headers.authorization,
      body,
    });
    if (request.url?.includes('/stall')) {
      // Headers, a first byte of the body, then nothing: only a timeout over the body ends this.
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      response.write('[');
      return;
    }
    if (request.url?.includes('/missing')) {
      response
        .writeHead(404, { 'content-type': 'application/json', 'x-request-id': 'req-404' })
        .end('{"type":"not-found"}');
      return;
    }
    response.writeHead(202, { 'content-type': 'application/json' }).end('{"id":"m-1"}');
  });
}

beforeAll(async () => {
  server = createServer(fake);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  fakeUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  root = await tempDir('packaging-node-versions-');
  const tarballs = join(root, 'tarballs');
  project = join(root, 'project');
  await mkdir(tarballs);
  await mkdir(project);
  const packed = await packInto(
    packages.map((pkg) => pkg.dir),
    tarballs,
  );
  await writeFile(
    join(project, 'package.json'),
    JSON.stringify({ name: 'packaging-node-versions', private: true, type: 'module' }, null, 2),
  );
  const install = await run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      ...packed.map((result) => result.tarball),
    ],
    {
      cwd: project,
      env: npmEnv(),
      timeoutMs: 170_000,
    },
  );
  if (install.code !== 0) throw new Error(describeRun(`npm install of the tarballs in ${project}`, install));
  for (const pkg of clients) {
    const send = SENDS[pkg.api!.name];
    if (!send)
      throw new Error(
        `tests/packaging/node-versions.test.ts has no send operation for ${pkg.api!.name}: add it to SENDS`,
      );
    await writeFile(join(project, `${pkg.api!.name}.mjs`), program(pkg.name, send));
  }
}, 240_000);

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  if (root) await rm(root, { recursive: true, force: true });
});

it(`every package states the range tested here (Node ${MAJORS.join(', ')}) in engines`, () => {
  for (const pkg of packages)
    expect(pkg.manifest.engines?.node, `${pkg.name} package.json engines.node`).toBe('>=20.19.0');
});

describe.each(MAJORS.map((major) => [major] as const))('Node %i', (major) => {
  let node: { path: string; version: string };
  beforeAll(async () => {
    node = await nodeBinary(major);
  }, 600_000);

  it.each(clients.map((pkg) => [pkg.api!.name] as const))(
    'runs the packed %s client: send, typed errors, timeout over the body, path check',
    async (apiName) => {
      received.length = 0;
      const ran = await run(node.path, [`${apiName}.mjs`], {
        cwd: project,
        env: { PATH: process.env.PATH, FAKE_URL: fakeUrl },
        timeoutMs: 25_000,
      });
      expect(ran.code, describeRun(`${apiName}.mjs on ${node.version}`, ran)).toBe(0);
      const out = JSON.parse(ran.stdout.trim().split('\n').pop()!);
      expect(out.node).toBe(node.version);
      expect(out.send).toEqual({ status: 202, data: { id: 'm-1' } });
      expect(out.notFound).toMatchObject({
        name: 'NotFoundError',
        apiError: true,
        typed: true,
        status: 404,
        requestId: 'req-404',
      });
      expect(out.stall).toMatchObject({ name: 'TimeoutError', typed: true, timeoutMs: 400 });
      expect(out.traversal).toMatchObject({ name: 'InvalidParameterError', typed: true });
      // The send, the 404 and the stalled GET reached the server; the `..` send did not.
      expect(received.map((request) => request.method)).toEqual(['POST', 'GET', 'GET']);
      expect(received[0]!.authorization).toBe(`Basic ${btoa('user:pass')}`);
      expect(JSON.parse(received[0]!.body)).toEqual(SENDS[apiName]!.body);
    },
  );
});
