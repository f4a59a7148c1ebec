// @ts-check
// Proof, without sending anything, that bandwidth-sdk's `Configuration.basePath` replaces the
// per-operation server its generated code picks (operationServerMap, e.g. messaging.bandwidth.com):
// common.js createRequestFunction builds `(axios.defaults.baseURL ? '' : configuration.basePath ?? server) + path`.
// A stand-in axios records the request the SDK would make instead of making it.
import { createRequire } from 'node:module';
import { Configuration, MessagesApi } from 'bandwidth-sdk';
import { ACCOUNT_ID, MESSAGE_ID, PASSWORD, USERNAME, messageRequest } from './fixtures.mjs';

/** The servers the generated code would use, by operation. */
const { operationServerMap } = /** @type {{ operationServerMap: Record<string, { url: string }[] | undefined> }} */ (
  createRequire(import.meta.url)('bandwidth-sdk/dist/base.js')
);

/**
 * @param {string} baseUrl
 * @returns {Promise<{ operation: string, defaultServer: string | undefined, url: string }[]>}
 */
export async function checkSdkBasePath(baseUrl) {
  const recorder = /** @type {any} */ ({ defaults: {}, request: async (/** @type {{ url: string }} */ args) => args });
  const api = new MessagesApi(
    new Configuration({ username: USERNAME, password: PASSWORD, basePath: baseUrl }),
    undefined,
    recorder,
  );
  const sent = {
    listMessages: /** @type {{ url: string }} */ (
      /** @type {unknown} */ (await api.listMessages(ACCOUNT_ID, MESSAGE_ID))
    ),
    createMessage: /** @type {{ url: string }} */ (
      /** @type {unknown} */ (await api.createMessage(ACCOUNT_ID, messageRequest))
    ),
  };
  return Object.entries(sent).map(([operation, args]) => {
    if (!args.url.startsWith(`${baseUrl}/`))
      throw new Error(`bandwidth-sdk ${operation} would request ${args.url}, not ${baseUrl}: basePath does not apply`);
    return { operation, defaultServer: operationServerMap[`MessagesApi.${operation}`]?.[0]?.url, url: args.url };
  });
}
