// Several APIs at once (the CLI, npm start, test global setups): each on its own port, all or none.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SandboxStartError } from './errors.js';
import { startSandbox, type Sandbox, type SandboxOptions } from './sandbox.js';

export interface SandboxApi {
  readonly name: string;
  readonly title: string;
  /** The port `npm start` in messaging-contracts (and the CLI, by default) uses for it. */
  readonly port: number;
}

/** The APIs this sandbox can serve (those bundled in @messaging-contracts/specs). */
export function sandboxApis(): SandboxApi[] {
  const require = createRequire(import.meta.url);
  const index = require.resolve('@messaging-contracts/specs/apis.json');
  return JSON.parse(readFileSync(index, 'utf8')) as SandboxApi[];
}

/**
 * Starts one sandbox per API, in parallel. If any cannot start (e.g. its port is in use), the
 * others are stopped again and the first error is thrown: never a partial "ready".
 */
export async function startSandboxes(
  apis: readonly string[],
  options: Omit<SandboxOptions, 'api' | 'port'> & { port?: number } = {},
  /** Options for one API in particular (e.g. its own `spec`), by name and position. */
  perApi?: (api: string, index: number) => Partial<Omit<SandboxOptions, 'api' | 'port'>>,
): Promise<Sandbox[]> {
  const known = sandboxApis();
  const unknown = apis.filter((api) => !known.some((entry) => entry.name === api));
  if (unknown.length)
    throw new SandboxStartError(
      `Unknown API ${unknown.join(', ')}; the sandbox knows ${known.map((entry) => entry.name).join(', ')}.`,
      'UNKNOWN_API',
    );
  if (apis.length === 0)
    throw new SandboxStartError(
      `Name at least one API: ${known.map((entry) => entry.name).join(', ')}.`,
      'UNKNOWN_API',
    );
  const results = await Promise.allSettled(
    apis.map(async (api, index) => {
      const port =
        options.port === undefined
          ? known.find((entry) => entry.name === api)!.port
          : options.port === 0
            ? 0
            : options.port + index;
      return startSandbox({ ...options, ...perApi?.(api, index), api, port });
    }),
  );
  const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) {
    await Promise.all(results.map((result) => (result.status === 'fulfilled' ? result.value.stop() : undefined)));
    throw failure.reason;
  }
  return results.map((result) => (result as PromiseFulfilledResult<Sandbox>).value);
}
