// The options of startSandbox, their defaults and limits, and their checking: everything a
// sandbox is configured with, resolved once before anything starts.
import type { ApiBehaviour, Credentials } from './api-behaviour.js';
import type { DeliveryOptions } from './callback-delivery.js';
import { SandboxStartError } from './errors.js';
import { DEFAULT_STORE_CAPACITY } from './store.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
export const DEFAULT_MAX_JSON_DEPTH = 64;
const LARGEST_PORT = 65_535;

export interface SandboxOptions {
  /** The API's name, e.g. "bandwidth-messaging-v2" (see `apis` of @messaging-contracts/specs). */
  api: string;
  /** Port on `host`; 0 (the default) picks a free one. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Serve Prism's examples only (no state, no callbacks), like `prism mock`. */
  stateless?: boolean;
  /** Accept only these Basic credentials ("user:pass" or an object); by default any are accepted. */
  credentials?: Credentials | string;
  /**
   * The spec: a file path (YAML/JSON, multi-file $refs allowed) or a bundled document.
   * Default: the bundled spec of @messaging-contracts/specs.
   */
  spec?: string | object;
  /** State-transition delays in ms, overriding the API's defaults (keys per API README). */
  delays?: Record<string, number>;
  /** Callback targets configured outside requests (Bandwidth v2: the application's callback URLs). */
  callbacks?: { statusUrl?: string; inboundUrl?: string; credentials?: Credentials | string };
  /** Delivery engine switches: retries, timeouts, duplicates, out-of-order. */
  delivery?: Partial<DeliveryOptions>;
  /** Records kept per store (messages, …) before the oldest is evicted. Default 100,000. */
  storeCapacity?: number;
  /** Largest request body accepted (413 beyond). Default 1 MiB. */
  maxBodyBytes?: number;
  /** Deepest JSON nesting accepted (400 beyond). Default 64. */
  maxJsonDepth?: number;
  /** API-specific options, documented in the API's README section. */
  options?: Record<string, unknown>;
  /** Where log lines go (spec violations, failed callbacks, internal errors). Default: stderr; false: nowhere. */
  log?: ((line: string) => void) | false;
  /** Replace the API folder's behaviour (for testing a behaviour under development). */
  behaviour?: ApiBehaviour;
}

/** Limits on what one request may hold. */
export interface RequestLimits {
  readonly maxBodyBytes: number;
  readonly maxJsonDepth: number;
}

/** The options with every default filled in and every value checked. */
export interface ResolvedOptions {
  readonly api: string;
  readonly host: string;
  readonly port: number;
  readonly stateless: boolean;
  readonly requiredCredentials: Credentials | undefined;
  readonly callbackCredentials: Credentials | undefined;
  readonly limits: RequestLimits;
  readonly storeCapacity: number;
  readonly log: (line: string) => void;
}

export function resolveOptions(options: SandboxOptions): ResolvedOptions {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > LARGEST_PORT)
    throw new SandboxStartError(`port must be an integer from 0 to ${LARGEST_PORT}, not ${port}`, 'BAD_OPTION');
  return {
    api: options.api,
    host: options.host ?? DEFAULT_HOST,
    port,
    stateless: options.stateless === true,
    requiredCredentials: toCredentials(options.credentials, 'credentials'),
    callbackCredentials: toCredentials(options.callbacks?.credentials, 'callbacks.credentials'),
    limits: {
      maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      maxJsonDepth: options.maxJsonDepth ?? DEFAULT_MAX_JSON_DEPTH,
    },
    storeCapacity: options.storeCapacity ?? DEFAULT_STORE_CAPACITY,
    log: logger(options.log),
  };
}

function logger(log: SandboxOptions['log']): (line: string) => void {
  if (log === false) return () => undefined;
  return log ?? ((line: string) => void process.stderr.write(`[sandbox] ${line}\n`));
}

/** "user:password" or an object, as Credentials; `what` names the option in the error. */
function toCredentials(value: Credentials | string | undefined, what: string): Credentials | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return value;
  const colon = value.indexOf(':');
  if (colon <= 0) throw new SandboxStartError(`${what} must look like user:password`, 'BAD_OPTION');
  return { username: value.slice(0, colon), password: value.slice(colon + 1) };
}
