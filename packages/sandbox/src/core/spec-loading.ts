// Loading what a sandbox serves: the spec (bundled, a file, or a document), Prism's view of its
// operations, the path prefixes of its server URLs, and the API folder's behaviour.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { ApiBehaviour } from './api-behaviour.js';
import { SandboxStartError } from './errors.js';
import * as prism from './prism.js';
import { slashedTemplates } from './slashed-paths.js';

/** Every path under this prefix belongs to the control API; no API path may start with it. */
export const CONTROL_PREFIX = '/__sandbox';

/** The spec as the sandbox uses it. */
export interface SandboxSpec {
  readonly document: object;
  readonly operations: readonly prism.PrismOperation[];
  /** The operation ids, in the spec's order. */
  readonly operationIds: readonly string[];
  /** The path of each server URL (v1 `/v1`, v2 `/api/v2`), longest first. */
  readonly serverPrefixes: readonly string[];
  /** Path templates with `x-allowSlashes` parameters (see slashed-paths.ts). */
  readonly slashed: readonly string[][];
  operation(operationId: string): prism.PrismOperation | undefined;
}

export async function loadSpec(api: string, spec: string | object | undefined): Promise<SandboxSpec> {
  let document: object;
  let operations: prism.PrismOperation[];
  try {
    document = await loadDocument(spec, api);
    operations = await prism.loadOperations(document);
  } catch (error) {
    if (error instanceof SandboxStartError) throw error;
    throw new SandboxStartError(`The spec of ${api} could not be loaded: ${(error as Error).message}`, 'SPEC');
  }
  const collision = operations.find((operation) => operation.path.startsWith(CONTROL_PREFIX));
  if (collision)
    throw new SandboxStartError(
      `${api} has a path ${collision.path} under the sandbox's reserved ${CONTROL_PREFIX}/`,
      'SPEC',
    );
  const byId = new Map(operations.map((operation) => [prism.operationIdOf(operation), operation]));
  return {
    document,
    operations,
    operationIds: [...byId.keys()],
    serverPrefixes: serverPrefixes(document),
    slashed: slashedTemplates(document),
    operation: (operationId) => byId.get(operationId),
  };
}

/**
 * The API folder's behaviour: `override`, else src/apis/<api>/index.js, else undefined (an API
 * without a folder yet). Loaded in stateless mode too: its error mapper names violations in the
 * API's shape either way.
 */
export async function loadBehaviour(
  api: string,
  override: ApiBehaviour | undefined,
): Promise<ApiBehaviour | undefined> {
  const behaviour = override ?? (await behaviourFolder(api));
  if (behaviour && behaviour.api !== api)
    throw new SandboxStartError(`The behaviour loaded for ${api} says it is for ${behaviour.api}`, 'SPEC');
  return behaviour;
}

async function behaviourFolder(api: string): Promise<ApiBehaviour | undefined> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(api)) return undefined;
  const url = new URL(`../apis/${api}/index.js`, import.meta.url);
  if (!existsSync(fileURLToPath(url))) return undefined;
  // A folder that exists but fails to load is a bug to surface, not a reason to go stateless.
  const module = (await import(url.href)) as { default?: ApiBehaviour };
  if (!module.default || typeof module.default.errorResponse !== 'function')
    throw new SandboxStartError(`src/apis/${api}/index.ts must export default an ApiBehaviour`, 'SPEC');
  return module.default;
}

/** The bundled spec shipped in @messaging-contracts/specs. */
async function bundledSpec(api: string): Promise<object> {
  const specs = (await import('@messaging-contracts/specs')) as {
    apis: ReadonlyArray<{ name: string }>;
    specPath(api: string, format: 'json'): string;
  };
  if (!specs.apis.some((entry) => entry.name === api)) {
    const known = specs.apis.map((entry) => entry.name).join(', ');
    throw new SandboxStartError(`Unknown API "${api}"; the sandbox knows ${known}.`, 'UNKNOWN_API');
  }
  return JSON.parse(await readFile(specs.specPath(api, 'json'), 'utf8')) as object;
}

/** The spec document alone (no Prism operations): bundled, a file path (multi-file $refs resolved), or as given. */
export async function loadDocument(spec: string | object | undefined, api: string): Promise<object> {
  if (spec === undefined) return bundledSpec(api);
  if (typeof spec === 'object') return spec;
  // A path: let Prism's resolver follow multi-file $refs, then read the webhooks from the same result.
  const { default: RefParser } = await import('@stoplight/json-schema-ref-parser');
  return (await new RefParser().bundle(spec)) as object;
}

/**
 * Each path is also served under the path of the spec's server URLs (v1 `/v1`, v2 `/api/v2`), so
 * a Location or messageUri resolved the provider's way can be fetched from the sandbox.
 */
function serverPrefixes(document: object): string[] {
  const servers = (document as { servers?: Array<{ url?: unknown }> }).servers ?? [];
  const paths = servers.flatMap((server) => {
    try {
      const path = new URL(String(server.url)).pathname.replace(/\/+$/, '');
      return path ? [path] : [];
    } catch {
      return [];
    }
  });
  return [...new Set(paths)].sort((a, b) => b.length - a.length);
}
