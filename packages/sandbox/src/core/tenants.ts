// The sandbox's tenants, created on first use, and what the sandbox-wide control endpoints do to
// them: a sandbox-wide clock that new tenants start on (and whose changes every tenant follows),
// sandbox-wide forced answers (for whichever tenant calls next), and sandbox-wide delivery
// switches (every tenant's, and the default of new ones).
import type { ApiBehaviour, Credentials } from './api-behaviour.js';
import { DEFAULT_DELIVERY_OPTIONS, type DeliveryOptions, type DeliveryRecord } from './callback-delivery.js';
import { VirtualClock } from './clock.js';
import { ControlError } from './errors.js';
import { ForcedAnswers } from './pipeline/forced-answers.js';
import type { RoutedRequest } from './pipeline/route.js';
import { pathParameters } from './pipeline/route.js';
import { SandboxTenant, type TenantSetup } from './tenant.js';

/** The tenant of requests whose API names none (no `tenantOf`), and of injections that name none. */
export const DEFAULT_TENANT = 'default';
const MAX_TENANT_NAME_LENGTH = 128;

export class SandboxTenants {
  /** Holds no state changes of its own: it is the time new tenants start on. */
  readonly clock = new VirtualClock(() => undefined);
  /** Forced for the next call of an operation by any tenant (after the tenant's own). */
  readonly forced = new ForcedAnswers();
  #delivery: DeliveryOptions;
  readonly #tenants = new Map<string, SandboxTenant>();
  #lastUsed: string | undefined;

  constructor(
    private readonly setup: TenantSetup,
    private readonly behaviour: ApiBehaviour | undefined,
    delivery: Partial<DeliveryOptions>,
  ) {
    this.#delivery = { ...DEFAULT_DELIVERY_OPTIONS, ...delivery };
  }

  /** The sandbox-wide delivery switches (each tenant may have changed its own since). */
  get delivery(): DeliveryOptions {
    return { ...this.#delivery };
  }

  /** The tenant called `name`, created on first use. */
  get(name: string): SandboxTenant {
    checkTenantName(name);
    let tenant = this.#tenants.get(name);
    if (!tenant) {
      tenant = new SandboxTenant(name, this.setup, { ...this.#delivery });
      tenant.clock.follow(this.clock);
      this.#tenants.set(name, tenant);
    }
    return tenant;
  }

  find(name: string): SandboxTenant | undefined {
    return this.#tenants.get(name);
  }

  all(): SandboxTenant[] {
    return [...this.#tenants.values()];
  }

  /** The tenant of an API request (its account, as the API folder says), remembered as the last used. */
  forRequest(routed: RoutedRequest, credentials: Credentials | undefined): SandboxTenant {
    const request = { operationId: routed.operationId, pathParams: pathParameters(routed), credentials };
    const named = this.behaviour?.tenantOf?.(request);
    // A name no control URL could address (too long, control characters) shares the default tenant.
    const tenant = this.get(named !== undefined && isTenantName(named) ? named : DEFAULT_TENANT);
    this.#lastUsed = tenant.name;
    return tenant;
  }

  /**
   * The tenant of an inbound message injected through the sandbox-wide endpoint: the one its
   * `fields` name, else the tenant of the last API request, else the default tenant.
   */
  forInjection(fields: Readonly<Record<string, unknown>> | undefined): SandboxTenant {
    const key = this.behaviour?.inboundTenantField;
    const named = key === undefined ? undefined : fields?.[key];
    if (typeof named === 'string' && named !== '') return this.get(named);
    return this.get(this.#lastUsed ?? DEFAULT_TENANT);
  }

  /** Every tenant's delivery log, merged in queueing order. */
  deliveries(): DeliveryRecord[] {
    return this.all()
      .flatMap((tenant) => tenant.callbacks.deliveries())
      .sort((a, b) => a.id - b.id);
  }

  /** Resolves once no tenant has a callback queued or in flight (false after `timeoutMs`). */
  async whenIdle(timeoutMs: number): Promise<boolean> {
    const results = await Promise.all(this.all().map((tenant) => tenant.callbacks.whenIdle(timeoutMs)));
    return results.every(Boolean);
  }

  freeze(): void {
    this.clock.freeze();
    for (const tenant of this.all()) tenant.clock.freeze();
  }

  unfreeze(): void {
    this.clock.unfreeze();
    for (const tenant of this.all()) tenant.clock.unfreeze();
  }

  advance(ms: number): void {
    this.clock.advance(ms);
    for (const tenant of this.all()) tenant.clock.advance(ms);
  }

  /** Sets the switches of every tenant, and of tenants created from now on. */
  configureDelivery(options: DeliveryOptions): void {
    this.#delivery = { ...options };
    for (const tenant of this.all()) tenant.callbacks.options = { ...options };
  }

  /** Forgets every tenant (their state, timers and deliveries) and the sandbox-wide forced answers. */
  reset(): void {
    for (const tenant of this.all()) tenant.stop();
    this.#tenants.clear();
    this.#lastUsed = undefined;
    this.forced.clear();
    this.clock.reset();
  }

  /** Resets one tenant to the sandbox-wide clock and switches. */
  resetTenant(tenant: SandboxTenant): void {
    tenant.reset(this.clock, this.#delivery);
  }

  stop(): void {
    for (const tenant of this.all()) tenant.stop();
    this.clock.stop();
  }
}

/** A tenant name: 1 to 128 characters, no control characters. */
const isTenantName = (name: unknown): name is string =>
  typeof name === 'string' &&
  name !== '' &&
  name.length <= MAX_TENANT_NAME_LENGTH &&
  !/[\u0000-\u001f\u007f]/.test(name);

export function checkTenantName(name: string): void {
  if (!isTenantName(name))
    throw new ControlError(`A tenant name has 1 to ${MAX_TENANT_NAME_LENGTH} characters and no control characters.`);
}
