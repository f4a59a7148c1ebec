import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/apis.mjs';
import { renderGenerated } from '../../scripts/lib/generate.mjs';
import { apis } from '../support/spec.js';

describe.each(apis.map((api) => [api.name, api] as const))('%s generated code', (_name, api) => {
  it('equals a fresh generation from the spec (run `npm run generate` when this fails)', async () => {
    for (const [file, expected] of await renderGenerated(api)) {
      const committed = await readFile(file, 'utf8').catch(() => '(missing)');
      expect(committed === expected, `${relative(repoRoot, file)} is stale: run \`npm run generate\``).toBe(true);
    }
  });
});
