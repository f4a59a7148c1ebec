import type { TestProject } from 'vitest/node';
import { startSandbox } from '@messaging-contracts/sandbox';
import { loadApis } from '../../scripts/lib/apis.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the stateless sandbox (Prism-validated examples) of each API, by API name. */
    mockUrls: Record<string, string>;
  }
}

/**
 * Start the sandbox of every spec on a free port, in stateless mode (Prism's examples, every
 * request and answer validated), for the whole test run: the one way this project runs a mock.
 * It reads each spec from specs/ (not the bundled copy), so a spec edit is tested without a build.
 */
export default async function setup(project: TestProject) {
  const apis = loadApis();
  const mocks = await Promise.all(
    apis.map((api) => startSandbox({ api: api.name, spec: api.root, port: 0, stateless: true })),
  );
  project.provide('mockUrls', Object.fromEntries(apis.map((api, index) => [api.name, mocks[index]!.url])));
  return async () => {
    await Promise.all(mocks.map((mock) => mock.stop()));
  };
}
