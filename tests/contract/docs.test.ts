import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docsDir } from '../../scripts/lib/apis.mjs';
import { docsDefinition, embeddedDefinition } from '../../scripts/lib/docs.mjs';
import { bundleSpec } from '../../scripts/lib/spec.mjs';
import { apis } from '../support/spec.js';

describe.each(apis.map((api) => [api.name, api] as const))('%s docs', (_name, api) => {
  it('embed the current spec (run `npm run docs` when this fails)', async () => {
    const html = await readFile(api.docsFile, 'utf8');
    expect(embeddedDefinition(html)).toEqual(await docsDefinition(api));
  });

  it('document the contract unchanged, plus the local mock as a server', async () => {
    const spec = await bundleSpec(api.root);
    const { servers, ...rest } = await docsDefinition(api);
    const { servers: contractServers, ...contract } = spec;
    expect(rest).toEqual(contract);
    expect(servers).toEqual([...contractServers, expect.objectContaining({ url: `http://127.0.0.1:${api.mockPort}` })]);
  });

  it('are self-contained and send no telemetry', async () => {
    const html = await readFile(api.docsFile, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href="https?:/i);
    expect(html, 'Redoc loads its logo from this CDN unless the build inlines it').not.toContain(
      'https://cdn.redoc.ly',
    );
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    const options = /const __redoc_options = (\{.*?\});/s.exec(html)?.[1];
    expect(JSON.parse(options ?? '{}')).toMatchObject({ disableTelemetry: true });
  });
});

describe('docs index', () => {
  it('links every API page', async () => {
    const index = await readFile(join(docsDir, 'index.html'), 'utf8');
    for (const api of apis) expect(index).toContain(`href="${api.name}.html"`);
  });
});
