// The control API over HTTP, under /__sandbox/: sandbox-wide endpoints, and the same per tenant
// under /__sandbox/tenants/{tenant}/. JSON in and out; 400 { error } for a request it cannot
// carry out, 404 { error } for an unknown endpoint or a missing application.
import type { IncomingMessage } from 'node:http';
import type { InboundInjection } from './api-behaviour.js';
import type { DeliveryOptions, DeliveryRecord } from './callback-delivery.js';
import type { ApplicationInput, ControlActions, SandboxControl, TenantControl } from './control.js';
import { ControlError } from './errors.js';
import { drain, parseJsonBody, readBody, safeDecode } from './http.js';
import { DEFAULT_MAX_JSON_DEPTH } from './options.js';
import type { ForcedAnswer } from './pipeline/forced-answers.js';
import type { SandboxServices } from './services.js';
import { checkKeys } from './settings-checks.js';
import { CONTROL_PREFIX } from './spec-loading.js';
import type { SandboxTenant } from './tenant.js';

/** The largest control request body read. */
const CONTROL_BODY_LIMIT_BYTES = 256 * 1024;
/** The largest body drained from a control request that should have none. */
const CONTROL_DRAIN_LIMIT_BYTES = 64 * 1024;
/** The longest `settleMs` honoured. */
const MAX_SETTLE_MS = 60_000;
const CLOCK_KEYS = ['freeze', 'advanceMs'];

export interface ControlAnswer {
  readonly status: number;
  readonly body?: unknown;
}

interface ControlCall {
  readonly method: string;
  /** The endpoint below the sandbox-wide or tenant prefix, e.g. "clock" or "applications/{id}". */
  readonly endpoint: string;
  readonly input: unknown;
  readonly query: URLSearchParams;
}

const controlError = (message: string) => new ControlError(message);

export async function answerControlRequest(
  services: SandboxServices,
  control: SandboxControl,
  request: IncomingMessage,
  path: string,
  search: string,
): Promise<ControlAnswer> {
  const method = request.method ?? 'GET';
  try {
    const input = await readControlBody(request, method);
    const query = new URLSearchParams(search);
    const below = path.slice(CONTROL_PREFIX.length).replace(/^\/+|\/+$/g, '');
    const tenantPath = /^tenants\/([^/]+)(?:\/(.*))?$/.exec(below);
    if (tenantPath) {
      const name = safeDecode(tenantPath[1]!);
      if (name === undefined) throw new ControlError('The tenant name is not valid percent-encoded UTF-8');
      const call = { method, endpoint: tenantPath[2] ?? '', input, query };
      return await answerTenant(services, control.tenant(name), call);
    }
    return await answerSandboxWide(services, control, { method, endpoint: below, input, query });
  } catch (error) {
    if (!(error instanceof ControlError)) throw error;
    return { status: error.status, body: { error: error.message } };
  }
}

async function answerSandboxWide(
  services: SandboxServices,
  control: SandboxControl,
  call: ControlCall,
): Promise<ControlAnswer> {
  const route = `${call.method} ${call.endpoint}`;
  switch (route) {
    case 'GET ':
    case 'GET health':
      return { status: 200, body: health(services) };
    case 'GET tenants':
      return { status: 200, body: { tenants: services.tenants.all().map((tenant) => tenantView(services, tenant)) } };
    case 'POST inbound':
      return { status: 201, body: control.injectInbound(call.input as InboundInjection) };
    default:
      return (
        (await answerShared(control, call, () => sumPending(services.tenants.all()))) ??
        notFound(`${call.method} /${call.endpoint}`)
      );
  }
}

async function answerTenant(
  services: SandboxServices,
  control: TenantControl,
  call: ControlCall,
): Promise<ControlAnswer> {
  const tenant = services.tenants.get(control.name);
  const application = /^applications\/([^/]+)$/.exec(call.endpoint);
  if (application) {
    const applicationId = safeDecode(application[1]!);
    if (applicationId === undefined) throw new ControlError('The applicationId is not valid percent-encoded UTF-8');
    return answerApplication(control, call, applicationId);
  }
  switch (`${call.method} ${call.endpoint}`) {
    case 'GET ':
      return { status: 200, body: tenantView(services, tenant) };
    case 'POST inbound':
      return { status: 201, body: control.injectInbound(call.input as InboundInjection) };
    default:
      return (
        (await answerShared(control, call, () => tenant.clock.pending)) ??
        notFound(`${call.method} /tenants/{tenant}/${call.endpoint}`)
      );
  }
}

/** The endpoints the sandbox-wide control and a tenant's have in common. */
async function answerShared(
  control: ControlActions,
  call: ControlCall,
  pendingStateChanges: () => number,
): Promise<ControlAnswer | undefined> {
  switch (`${call.method} ${call.endpoint}`) {
    case 'POST reset':
      control.reset();
      return { status: 204 };
    case 'POST force':
      control.force(call.input as ForcedAnswer);
      return { status: 204 };
    case 'DELETE force':
      control.clearForced();
      return { status: 204 };
    case 'GET clock':
      return { status: 200, body: clockState(control, pendingStateChanges) };
    case 'POST clock':
      changeClock(control, call.input);
      return { status: 200, body: clockState(control, pendingStateChanges) };
    case 'GET deliveries':
      return { status: 200, body: { deliveries: await deliveries(control, call.query) } };
    case 'DELETE deliveries':
      control.clearDeliveries();
      return { status: 204 };
    case 'POST delivery':
      return { status: 200, body: control.configureDelivery(call.input as Partial<DeliveryOptions>) };
    default:
      return undefined;
  }
}

function answerApplication(control: TenantControl, call: ControlCall, applicationId: string): ControlAnswer {
  switch (call.method) {
    case 'PUT':
      return { status: 200, body: control.setApplication(applicationId, (call.input ?? {}) as ApplicationInput) };
    case 'GET': {
      const view = control.application(applicationId);
      return view ? { status: 200, body: view } : notFound(`application ${applicationId}`, 'No');
    }
    case 'DELETE':
      return control.deleteApplication(applicationId)
        ? { status: 204 }
        : notFound(`application ${applicationId}`, 'No');
    default:
      return notFound(`${call.method} /tenants/{tenant}/applications/{applicationId}`);
  }
}

function changeClock(control: ControlActions, input: unknown): void {
  const change = (input ?? {}) as { freeze?: unknown; advanceMs?: unknown };
  if (typeof change !== 'object' || Array.isArray(change))
    throw new ControlError('clock takes { freeze?: boolean, advanceMs?: number }');
  checkKeys(change, CLOCK_KEYS, 'clock', controlError);
  if (change.freeze !== undefined && typeof change.freeze !== 'boolean')
    throw new ControlError('freeze must be true or false');
  if (change.freeze === true) control.clock.freeze();
  if (change.freeze === false) control.clock.unfreeze();
  if (change.advanceMs !== undefined) control.clock.advance(Number(change.advanceMs));
}

async function deliveries(control: ControlActions, query: URLSearchParams): Promise<DeliveryRecord[]> {
  const wait = Number(query.get('settleMs') ?? 0);
  return wait > 0 ? control.settleDeliveries(Math.min(wait, MAX_SETTLE_MS)) : control.deliveries();
}

const notFound = (what: string, prefix = 'No control endpoint'): ControlAnswer => ({
  status: 404,
  body: { error: `${prefix} ${what}. See the sandbox README (control API).` },
});

function health(services: SandboxServices) {
  const { options, tenants, settings, spec } = services;
  return {
    api: options.api,
    mode: options.stateless ? 'stateless' : 'stateful',
    behaviour: services.behaviour !== undefined,
    now: new Date(tenants.clock.now()).toISOString(),
    frozen: tenants.clock.frozen,
    delays: settings.delays,
    delivery: tenants.delivery,
    storeCapacity: options.storeCapacity,
    stores: storeTotals(tenants.all()),
    tenants: tenants.all().map((tenant) => tenant.name),
    webhooks: services.schemas.names,
    operations: spec.operationIds,
  };
}

/** Each store's size summed over the tenants. */
function storeTotals(tenants: readonly SandboxTenant[]) {
  const totals: Record<string, { size: number; evicted: number }> = {};
  for (const tenant of tenants)
    for (const [name, store] of Object.entries(tenant.storeSizes())) {
      const total = (totals[name] ??= { size: 0, evicted: 0 });
      total.size += store.size;
      total.evicted += store.evicted;
    }
  return totals;
}

function tenantView(services: SandboxServices, tenant: SandboxTenant) {
  return {
    tenant: tenant.name,
    now: new Date(tenant.clock.now()).toISOString(),
    frozen: tenant.clock.frozen,
    pendingStateChanges: tenant.clock.pending,
    delivery: tenant.callbacks.options,
    stores: tenant.storeSizes(),
    deliveries: tenant.callbacks.deliveries().length,
    ...(services.behaviour?.callbackApplications ? { applications: [...tenant.applications.keys()] } : {}),
  };
}

function clockState(control: ControlActions, pending: () => number) {
  const now = control.clock.now();
  return {
    now: new Date(now).toISOString(),
    epochMs: now,
    frozen: control.clock.frozen,
    pendingStateChanges: pending(),
  };
}

const sumPending = (tenants: readonly SandboxTenant[]) =>
  tenants.reduce((sum, tenant) => sum + tenant.clock.pending, 0);

/** The JSON body of a POST, PATCH or PUT; other methods' bodies are drained. */
async function readControlBody(request: IncomingMessage, method: string): Promise<unknown> {
  if (method !== 'POST' && method !== 'PATCH' && method !== 'PUT') {
    await drain(request, CONTROL_DRAIN_LIMIT_BYTES);
    return undefined;
  }
  let bytes: Buffer;
  try {
    bytes = await readBody(request, CONTROL_BODY_LIMIT_BYTES);
  } catch (error) {
    throw new ControlError((error as Error).message);
  }
  if (bytes.length === 0) return undefined;
  try {
    return parseJsonBody(bytes.toString('utf8'), DEFAULT_MAX_JSON_DEPTH);
  } catch (error) {
    throw new ControlError(`The control request body must be JSON: ${(error as Error).message}`);
  }
}
