// The control API, programmatically (`sandbox.control`): sandbox-wide, and per tenant through
// `control.tenant(name)`. control-http.ts serves the same under /__sandbox/.
import type { ApplicationCallbacks, InboundInjection } from './api-behaviour.js';
import type { DeliveryOptions, DeliveryRecord } from './callback-delivery.js';
import type { VirtualClock } from './clock.js';
import { changedDeliveryOptions } from './delivery-options.js';
import { ControlError } from './errors.js';
import type { ForcedAnswer } from './pipeline/forced-answers.js';
import type { SandboxServices } from './services.js';
import { checkCallbackUrl, checkKeys, parseCredentials } from './settings-checks.js';
import type { SandboxTenant } from './tenant.js';

/** How long settleDeliveries waits by default. */
export const DEFAULT_SETTLE_MS = 10_000;

export interface ClockControl {
  now(): number;
  readonly frozen: boolean;
  freeze(): void;
  unfreeze(): void;
  /** Moves time forward, running every state change that falls due. */
  advance(ms: number): void;
}

/** What both the sandbox-wide control and a tenant's control offer. */
export interface ControlActions {
  /** Sandbox-wide: forgets every tenant. A tenant's: empties its stores, log, forced answers, applications. */
  reset(): void;
  /** Injects an inbound message (stateful mode only); resolves to the stored record. */
  injectInbound(message: InboundInjection): unknown;
  /** Forces the next `times` (default 1) answers of an operation. */
  force(answer: ForcedAnswer): void;
  /** Drops all forced answers not yet used. */
  clearForced(): void;
  readonly clock: ClockControl;
  /** Every callback delivery so far (bounded log), with each attempt's outcome. */
  deliveries(): DeliveryRecord[];
  /** Waits until no callback is queued or in flight (default up to 10 s), then returns the log. */
  settleDeliveries(timeoutMs?: number): Promise<DeliveryRecord[]>;
  /** Empties the delivery log. */
  clearDeliveries(): void;
  /** Changes delivery switches (duplicates, outOfOrder, maxAttempts, …) from now on. */
  configureDelivery(options: Partial<DeliveryOptions>): DeliveryOptions;
}

/** An application's callback settings as the control API takes them. */
export interface ApplicationInput {
  statusUrl?: string;
  inboundUrl?: string;
  credentials?: string | { username: string; password: string };
  requestedCallbackTypes?: string[];
}

/** An application's callback settings as the control API shows them (no password). */
export interface ApplicationView {
  applicationId: string;
  statusUrl?: string;
  inboundUrl?: string;
  credentials?: { username: string };
  requestedCallbackTypes?: string[];
}

export interface TenantControl extends ControlActions {
  readonly name: string;
  /** Registers (or replaces) an application's callback settings (APIs with callback applications). */
  setApplication(applicationId: string, settings: ApplicationInput): ApplicationView;
  application(applicationId: string): ApplicationView | undefined;
  /** true when there was one to delete. */
  deleteApplication(applicationId: string): boolean;
}

export interface SandboxControl extends ControlActions {
  /** The control of one tenant (created on first use). */
  tenant(name: string): TenantControl;
}

const APPLICATION_KEYS = ['statusUrl', 'inboundUrl', 'credentials', 'requestedCallbackTypes'];
const controlError = (message: string) => new ControlError(message);

export function createControl(services: SandboxServices): SandboxControl {
  const { tenants } = services;
  return {
    reset: () => tenants.reset(),
    injectInbound: (message) => inject(services, tenants.forInjection(fields(message)), message),
    force: (answer) => tenants.forced.add(answer, forceable(services)),
    clearForced() {
      tenants.forced.clear();
      for (const tenant of tenants.all()) tenant.forced.clear();
    },
    clock: {
      now: () => tenants.clock.now(),
      get frozen() {
        return tenants.clock.frozen;
      },
      freeze: () => tenants.freeze(),
      unfreeze: () => tenants.unfreeze(),
      advance: (ms) => tenants.advance(checkedAdvance(ms)),
    },
    deliveries: () => tenants.deliveries(),
    async settleDeliveries(timeoutMs = DEFAULT_SETTLE_MS) {
      // State changes already due (e.g. a 0 ms callback delay) queue their callbacks first.
      for (const tenant of tenants.all()) tenant.clock.advance(0);
      await tenants.whenIdle(timeoutMs);
      return tenants.deliveries();
    },
    clearDeliveries() {
      for (const tenant of tenants.all()) tenant.callbacks.clearLog();
    },
    configureDelivery(changes) {
      const next = changedDeliveryOptions(tenants.delivery, changes, controlError);
      tenants.configureDelivery(next);
      return { ...next };
    },
    tenant: (name) => tenantControl(services, name),
  };
}

/** A tenant's control; each call finds the tenant by name (after a sandbox-wide reset, a new one). */
function tenantControl(services: SandboxServices, name: string): TenantControl {
  const { tenants } = services;
  tenants.get(name);
  const tenant = () => tenants.get(name);
  return {
    name,
    reset: () => tenants.resetTenant(tenant()),
    injectInbound: (message) => inject(services, tenant(), message, name),
    force: (answer) => tenant().forced.add(answer, forceable(services)),
    clearForced: () => tenant().forced.clear(),
    clock: tenantClock(tenant),
    deliveries: () => tenant().callbacks.deliveries(),
    async settleDeliveries(timeoutMs = DEFAULT_SETTLE_MS) {
      const { clock, callbacks } = tenant();
      clock.advance(0);
      await callbacks.whenIdle(timeoutMs);
      return callbacks.deliveries();
    },
    clearDeliveries: () => tenant().callbacks.clearLog(),
    configureDelivery(changes) {
      const { callbacks } = tenant();
      callbacks.options = changedDeliveryOptions(callbacks.options, changes, controlError);
      return { ...callbacks.options };
    },
    setApplication(applicationId, settings) {
      const applications = applicationsOf(services, tenant(), applicationId);
      applications.set(applicationId, applicationSettings(settings));
      return applicationView(applicationId, applications.get(applicationId)!);
    },
    application(applicationId) {
      const settings = applicationsOf(services, tenant(), applicationId).get(applicationId);
      return settings && applicationView(applicationId, settings);
    },
    deleteApplication: (applicationId) => applicationsOf(services, tenant(), applicationId).delete(applicationId),
  };
}

function tenantClock(tenant: () => SandboxTenant): ClockControl {
  const clock = (): VirtualClock => tenant().clock;
  return {
    now: () => clock().now(),
    get frozen() {
      return clock().frozen;
    },
    freeze: () => clock().freeze(),
    unfreeze: () => clock().unfreeze(),
    advance: (ms) => clock().advance(checkedAdvance(ms)),
  };
}

function checkedAdvance(ms: number): number {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0)
    throw new ControlError('advance needs a non-negative number of milliseconds');
  return ms;
}

const forceable = (services: SandboxServices) => ({
  api: services.options.api,
  operationIds: services.spec.operationIds,
});

const fields = (message: InboundInjection | undefined) =>
  message && typeof message === 'object' && message.fields && typeof message.fields === 'object'
    ? message.fields
    : undefined;

function inject(services: SandboxServices, tenant: SandboxTenant, message: InboundInjection, named?: string): unknown {
  const { behaviour } = services;
  const { api, stateless } = services.options;
  if (stateless) throw new ControlError('Inbound messages need the stateful mode (started with --stateless).');
  if (!behaviour) throw new ControlError(`${api} has no stateful behaviour yet.`);
  if (!message || typeof message !== 'object')
    throw new ControlError('inbound needs { from, to, text?, media?, fields? }');
  let injection = message;
  const key = behaviour.inboundTenantField;
  if (named !== undefined && key !== undefined) {
    const given = fields(message)?.[key];
    if (given !== undefined && given !== named)
      throw new ControlError(`fields.${key} names another tenant than this endpoint's (${named})`);
    injection = { ...message, fields: { ...fields(message), [key]: named } };
  }
  try {
    return behaviour.injectInbound(injection, tenant.context);
  } catch (error) {
    if (error instanceof TypeError) throw new ControlError(error.message);
    throw error;
  }
}

function applicationsOf(
  services: SandboxServices,
  tenant: SandboxTenant,
  applicationId: string,
): Map<string, ApplicationCallbacks> {
  if (!services.behaviour?.callbackApplications)
    throw new ControlError(`${services.options.api} configures no callbacks per application`, 404);
  if (typeof applicationId !== 'string' || applicationId === '' || applicationId.length > 128)
    throw new ControlError('An applicationId has 1 to 128 characters');
  return tenant.applications;
}

function applicationSettings(input: ApplicationInput): ApplicationCallbacks {
  if (!input || typeof input !== 'object' || Array.isArray(input))
    throw new ControlError(`An application's settings are an object with any of ${APPLICATION_KEYS.join(', ')}`);
  checkKeys(input, APPLICATION_KEYS, 'application', controlError);
  const types = input.requestedCallbackTypes;
  if (types !== undefined && !(Array.isArray(types) && types.every((type) => typeof type === 'string' && type !== '')))
    throw new ControlError('requestedCallbackTypes must be a list of callback type names');
  return {
    ...(input.statusUrl !== undefined
      ? { statusUrl: checkCallbackUrl(input.statusUrl, 'statusUrl', controlError) }
      : {}),
    ...(input.inboundUrl !== undefined
      ? { inboundUrl: checkCallbackUrl(input.inboundUrl, 'inboundUrl', controlError) }
      : {}),
    ...(input.credentials !== undefined
      ? { credentials: parseCredentials(input.credentials, 'credentials', controlError) }
      : {}),
    ...(types !== undefined ? { requestedCallbackTypes: [...types] } : {}),
  };
}

function applicationView(applicationId: string, settings: ApplicationCallbacks): ApplicationView {
  return {
    applicationId,
    ...(settings.statusUrl !== undefined ? { statusUrl: settings.statusUrl } : {}),
    ...(settings.inboundUrl !== undefined ? { inboundUrl: settings.inboundUrl } : {}),
    ...(settings.credentials ? { credentials: { username: settings.credentials.username } } : {}),
    ...(settings.requestedCallbackTypes ? { requestedCallbackTypes: [...settings.requestedCallbackTypes] } : {}),
  };
}
