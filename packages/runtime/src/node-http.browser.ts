// What browser bundles get instead of node-http.ts (package.json `browser`): no node:http, so the
// transport always uses fetch there, and a browser bundle carries none of the Node-only code.
import type { nodeHttpExchange as NodeHttpExchange } from './node-http.js';

export const IS_NODE: boolean = false;

export const nodeHttpExchange: typeof NodeHttpExchange = async () => {
  throw new Error("httpClient: 'node' is for Node; a browser build sends with fetch");
};
