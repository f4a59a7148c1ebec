import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { webhookApis } from './apis.js';

// The receiver and its compiled validators cost a program that only sends and lists nothing: with
// the packages' `sideEffects: false`, a bundler drops them entirely. Checked on the bundle's text,
// so the proof does not depend on size figures other changes move.

/** Strings only the receiver or a compiled validator contains. */
const RECEIVER_MARKERS = [
  'CallbackValidationError',
  'CallbackAuthError',
  'www-authenticate',
  'instancePath',
  'missingProperty',
];

async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: import.meta.dirname, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe.each(webhookApis.map((entry) => [entry.packageName] as const))('%s bundles', (packageName) => {
  it('a send-and-list program without any receiver code', async () => {
    const { createClient, ...others } = await import(packageName);
    const paging = Object.keys(others).filter((name) => /^paginate/.test(name));
    const code = await bundle(`export { createClient, ${paging.join(', ')} } from '${packageName}';`);
    expect(createClient).toBeTypeOf('function');
    expect(code).toContain('createClient');
    for (const marker of RECEIVER_MARKERS)
      expect(code, `the send-only bundle of ${packageName} contains receiver code ("${marker}")`).not.toContain(marker);
  });

  it('a receiver with its validators (the check above can see them)', async () => {
    const code = await bundle(`export { createCallbackReceiver } from '${packageName}/webhooks';`);
    for (const marker of RECEIVER_MARKERS) expect(code).toContain(marker);
  });
});
