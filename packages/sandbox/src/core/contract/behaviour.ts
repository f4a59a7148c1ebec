// The contract, part 5: the interface an API folder implements.
import type { BehaviourContext } from './context.js';
import type { Credentials } from './requests.js';
import type { InboundInjection } from './control-inputs.js';
import type { ErrorMapper } from './errors.js';
import type { OperationHandler } from './requests.js';

export interface ApiBehaviour {
  /** The redocly.yaml name, e.g. "bandwidth-messaging-v2". */
  readonly api: string;
  /** Handlers by operationId. An operation without one is answered by Prism's examples. */
  readonly operations: Readonly<Record<string, OperationHandler>>;
  /** The API's error shape, naming the actual violation. */
  readonly errorResponse: ErrorMapper;
  /** Default state-transition delays in ms (see BehaviourSettings.delays), documented per key. */
  readonly defaultDelays: Readonly<Record<string, number>>;
  /**
   * Stores an injected inbound message and schedules its callback(s). Returns the stored record
   * as the API would return it from a get (the control API answers with it). Throws a
   * `TypeError` with a safe message when a required field is missing.
   */
  injectInbound(message: InboundInjection, context: BehaviourContext): unknown;
  /**
   * The tenant of a request: the account the provider itself scopes by (Bandwidth v2 `accountId`,
   * v1 `userId`, Fone Dynamics the AccountSid of the Basic credentials). Each tenant has its own
   * stores, clock, forced answers, callback switches and log, created on first use. Without this
   * member (or when it answers undefined) a request belongs to the sandbox's default tenant.
   */
  tenantOf?(request: TenantRequest): string | undefined;
  /**
   * The `fields` key under which an injected inbound message names its tenant (e.g. "accountId").
   * An injection into a tenant's control endpoint gets it filled in, so the folder stores the
   * message under that account.
   */
  readonly inboundTenantField?: string;
  /**
   * true when the provider configures callback targets per application (Bandwidth v2): the
   * control API then offers `tenants/{tenant}/applications/{applicationId}`, and handlers read
   * them through `BehaviourContext.application`.
   */
  readonly callbackApplications?: boolean;
}

/** What the core knows of a request when it picks its tenant (after routing and credentials). */
export interface TenantRequest {
  readonly operationId: string;
  /** Path parameters by their spec name, decoded once. */
  readonly pathParams: Readonly<Record<string, string>>;
  /** Basic credentials the caller sent (already accepted by the core), if any. */
  readonly credentials: Credentials | undefined;
}
