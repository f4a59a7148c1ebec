// @ts-check
// What `npm run generate` writes for each API, in three stages over one bundled copy of its spec
// (./openapi/): checks of the spec and its extensions (./codegen/checks/), which refuse a spec the
// generated code cannot follow; then one emitter per generated file (./codegen/emit/), which only
// render. Every file is committed; tests regenerate them in memory and fail when they differ.
//   openapi.ts                   openapi-typescript's types
//   parameters.ts                the parameter rules the runtime checks arguments against
//   webhook-validators.ts        ajv validators of the webhooks' JSON bodies
//   webhook-form-validators.ts   ajv validators of their query strings and form bodies
//   webhooks.ts                  the webhook operations the receiver reads
//   client.ts                    PRODUCTION_BASE_URL, createClient, the schema aliases, the main entry's re-exports
//   paginate.ts                  one paginator per `x-pagination` operation
//   callbacks.ts                 the callback event types and defineCallbacks, for the `./webhooks` entry
import { dirname, join } from 'node:path';
import { checkClient } from './codegen/checks/client.mjs';
import { checkPagination, paginateNames } from './codegen/checks/pagination.mjs';
import { checkCallbacks, checkWebhooks } from './codegen/checks/webhooks.mjs';
import { emitCallbacks } from './codegen/emit/callbacks.mjs';
import { emitClient } from './codegen/emit/client.mjs';
import { emitOpenapiTypes } from './codegen/emit/openapi-types.mjs';
import { emitPaginate } from './codegen/emit/paginate.mjs';
import { emitParameters } from './codegen/emit/parameters.mjs';
import { emitWebhookValidators } from './codegen/emit/webhook-validators.mjs';
import { emitWebhooks } from './codegen/emit/webhooks.mjs';
import { loadSpec } from './openapi/index.mjs';

/**
 * The webhook files of an API (validators and webhooks.ts), by file name; none without webhooks.
 * @param {import('./apis.mjs').Api} api
 * @param {import('./codegen/checks/webhooks.mjs').WebhooksPlan | undefined} plan
 * @returns {[string, string | undefined][]}
 */
function webhookFiles(api, plan) {
  if (!plan) return [];
  return [
    ['webhook-validators.ts', emitWebhookValidators(api, plan, 'json')],
    ['webhook-form-validators.ts', emitWebhookValidators(api, plan, 'form')],
    ['webhooks.ts', emitWebhooks(api, plan)],
  ];
}

/**
 * @param {import('./apis.mjs').Api} api
 * @param {[string, string | undefined][]} files
 * @returns {Map<string, string>}
 */
function byPath(api, files) {
  const dir = dirname(api.typesFile);
  return new Map(
    files
      .filter((file) => file[1] !== undefined)
      .map(([name, content]) => [join(dir, name), /** @type {string} */ (content)]),
  );
}

/**
 * The webhook files of an API alone, by absolute path (the receiver's tests generate them for a fixture spec).
 * @param {import('./apis.mjs').Api} api
 * @returns {Promise<Map<string, string>>}
 */
export async function renderWebhookValidators(api) {
  const spec = await loadSpec(api);
  return byPath(api, webhookFiles(api, checkWebhooks(spec)));
}

/**
 * Every generated file of an API, by absolute path.
 * @param {import('./apis.mjs').Api} api
 * @returns {Promise<Map<string, string>>}
 */
export async function renderGenerated(api) {
  const [spec, types] = await Promise.all([loadSpec(api), emitOpenapiTypes(api)]);
  // 1. Checks: everything that can refuse the spec, before anything is rendered.
  const paginators = checkPagination(api, spec);
  const client = checkClient(api, spec, paginateNames(paginators));
  const webhooks = checkWebhooks(spec);
  const callbacks = webhooks && checkCallbacks(api, webhooks);
  // 2. Emitters: one per file.
  const paginate = emitPaginate(api, paginators);
  return byPath(api, [
    ['openapi.ts', types],
    ['parameters.ts', emitParameters(api, spec)],
    ...webhookFiles(api, webhooks),
    ['client.ts', emitClient(api, spec, client, paginate !== undefined)],
    ['paginate.ts', paginate],
    ['callbacks.ts', webhooks && callbacks && emitCallbacks(api, spec, webhooks, callbacks)],
  ]);
}
