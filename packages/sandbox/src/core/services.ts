// Everything a running sandbox is made of, built in one place: the resolved options, the spec,
// the API folder's behaviour, the callback schemas, the settings handlers read, the state, and
// the sandbox's own URL.
import type { ApiBehaviour, BehaviourSettings } from './api-behaviour.js';
import { CallbackSchemaValidator } from './callback-schemas.js';
import type { ResolvedOptions, SandboxOptions } from './options.js';
import type { ErrorShaper } from './pipeline/error-response.js';
import type { SandboxSpec } from './spec-loading.js';
import { SandboxTenants } from './tenants.js';

export interface SandboxServices {
  readonly options: ResolvedOptions;
  readonly spec: SandboxSpec;
  readonly behaviour: ApiBehaviour | undefined;
  readonly schemas: CallbackSchemaValidator;
  readonly settings: BehaviourSettings;
  readonly tenants: SandboxTenants;
  /** e.g. http://127.0.0.1:4010 (no trailing slash). */
  readonly baseUrl: string;
  /** What the error-response stage needs. */
  readonly errors: ErrorShaper;
}

export function createServices(
  options: SandboxOptions,
  resolved: ResolvedOptions,
  loaded: { spec: SandboxSpec; behaviour: ApiBehaviour | undefined },
  baseUrl: string,
): SandboxServices {
  const { spec, behaviour } = loaded;
  const { api, log } = resolved;
  const schemas = new CallbackSchemaValidator(spec.document);
  const settings = behaviourSettings(options, resolved, behaviour);
  let sequence = 0;
  let deliveryId = 0;
  const setup = {
    api,
    settings,
    schemas,
    storeCapacity: resolved.storeCapacity,
    baseUrl,
    nextSequence: () => ++sequence,
    nextDeliveryId: () => ++deliveryId,
    log,
  };
  const tenants = new SandboxTenants(setup, behaviour, options.delivery ?? {});
  return {
    options: resolved,
    spec,
    behaviour,
    schemas,
    settings,
    tenants,
    baseUrl,
    errors: { api, behaviour, operations: spec.operations, log },
  };
}

function behaviourSettings(
  options: SandboxOptions,
  resolved: ResolvedOptions,
  behaviour: ApiBehaviour | undefined,
): BehaviourSettings {
  const callbacks = options.callbacks;
  return {
    delays: { ...(behaviour?.defaultDelays ?? {}), ...(options.delays ?? {}) },
    callbacks: {
      statusUrl: callbacks?.statusUrl,
      inboundUrl: callbacks?.inboundUrl ?? callbacks?.statusUrl,
      credentials: resolved.callbackCredentials,
    },
    options: options.options ?? {},
  };
}
