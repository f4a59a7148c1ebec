import type { TestProject } from 'vitest/node';
import { loadApis } from '../../scripts/lib/apis.mjs';
import { startMock } from '../../scripts/lib/mock.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the Prism mock of each API, by API name. */
    mockUrls: Record<string, string>;
  }
}

/** Start a Prism mock of every spec on a free port, in validation mode, for the whole test run. */
export default async function setup(project: TestProject) {
  const apis = loadApis();
  const mocks = await Promise.all(apis.map((api) => startMock(api)));
  project.provide('mockUrls', Object.fromEntries(apis.map((api, index) => [api.name, mocks[index]!.url])));
  return async () => {
    await Promise.all(mocks.map((mock) => mock.stop()));
  };
}
