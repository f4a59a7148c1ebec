// @ts-check
// The local API the throughput and cold-start benchmarks call: node:http on 127.0.0.1, answering
// GET /users/{accountId}/messages with 200 and POST with 202, bodies from the spec's examples.
// Runs in its own process (see server.mjs) so it never competes with the client for the event loop.
import { createServer } from 'node:http';
import { createMessageBody, listMessagesBody } from './fixtures.mjs';

const listBody = Buffer.from(JSON.stringify(listMessagesBody));
const createBody = Buffer.from(JSON.stringify(createMessageBody));
const unauthorizedBody = Buffer.from(
  JSON.stringify({ type: 'unauthorized', description: 'Basic credentials are required' }),
);
const notFoundBody = Buffer.from(JSON.stringify({ type: 'not-found', description: 'No such route' }));
const MESSAGES_ROUTE = /^\/users\/[^/?]+\/messages(?:\?|$)/;

let requests = 0;

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {Buffer} body
 */
function send(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': body.length });
  res.end(body);
}

const server = createServer((req, res) => {
  requests++;
  // Read the whole request (a POST body) before answering, so the connection stays reusable.
  req.resume();
  req.once('end', () => {
    if (!req.headers.authorization?.startsWith('Basic ')) return send(res, 401, unauthorizedBody);
    if (!MESSAGES_ROUTE.test(req.url ?? '')) return send(res, 404, notFoundBody);
    if (req.method === 'GET') return send(res, 200, listBody);
    if (req.method === 'POST') return send(res, 202, createBody);
    return send(res, 404, notFoundBody);
  });
});
// Keep idle keep-alive connections for a minute, so no option reconnects between its runs.
server.keepAliveTimeout = 60_000;
server.headersTimeout = 61_000;

// A deep accept queue: several client processes may open 50 connections each at once.
server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, () => {
  const address = server.address();
  process.send?.({ type: 'listening', port: address && typeof address === 'object' ? address.port : 0 });
});

process.on('message', (/** @type {{ type: string }} */ message) => {
  if (message.type === 'count') process.send?.({ type: 'count', requests });
});
// The parent's IPC channel closing means it is gone: leave with it.
process.on('disconnect', () => server.close(() => process.exit(0)));
setTimeout(() => process.exit(0), 30 * 60_000).unref(); // never outlive a run by much
