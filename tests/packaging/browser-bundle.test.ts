import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { apis } from '../support/spec.js';

// In Node the runtime sends through node:http; a browser bundle takes the runtime's stub instead
// (its package.json `browser` field), so it carries none of that code. Checked on the bundle's text.

/** Strings only the node:http transport contains. */
const NODE_MARKERS = ['node:http', 'node:zlib', 'createGunzip', 'rawHeaders'];

async function bundle(contents: string, platform: 'browser' | 'node'): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: import.meta.dirname, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const packages = apis.map(
  (api) => JSON.parse(readFileSync(join(api.packageDir, 'package.json'), 'utf8')).name as string,
);

describe.each(packages.map((name) => [name] as const))('%s', (packageName) => {
  it('bundles for the browser without the node:http transport', async () => {
    const code = await bundle(`export { createClient } from '${packageName}';`, 'browser');
    expect(code).toContain('createClient');
    for (const marker of NODE_MARKERS)
      expect(code, `the browser bundle of ${packageName} contains "${marker}"`).not.toContain(marker);
  });

  it('bundles for Node with it (the check above can see it)', async () => {
    const code = await bundle(`export { createClient } from '${packageName}';`, 'node');
    for (const marker of NODE_MARKERS) expect(code).toContain(marker);
  });
});
