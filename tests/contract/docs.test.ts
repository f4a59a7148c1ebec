import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { apis as bundledApis, specPath } from '@messaging-contracts/specs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  duration,
  internalNames,
  paginatorName,
  publicSources,
  readerFacing,
  renderedLabels,
  unwrap,
} from '../../packages/specs/reader-facing.mjs';
import { docsDir, repoRoot } from '../../scripts/lib/apis.mjs';
import { aboutHeading, docsDefinition, embeddedDefinition, usingHeading } from '../../scripts/lib/docs.mjs';
import { bundleSpec } from '../../scripts/lib/spec.mjs';
import { apis } from '../support/spec.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/** The bundled spec as @messaging-contracts/specs ships it. */
async function shipped(name: string): Promise<any> {
  return JSON.parse(await readFile(specPath(name, 'json'), 'utf8'));
}

/** Every object of a document that holds `key`, with its JSON pointer. */
function holders(node: unknown, key: string, pointer = ''): Array<{ pointer: string; node: any }> {
  if (Array.isArray(node)) return node.flatMap((child, index) => holders(child, key, `${pointer}/${index}`));
  if (!node || typeof node !== 'object') return [];
  const own = key in node ? [{ pointer, node }] : [];
  return [
    ...own,
    ...Object.entries(node).flatMap(([name, child]) =>
      name === 'value' || name === 'example'
        ? []
        : holders(child, key, `${pointer}/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`),
    ),
  ];
}

function at(document: any, pointer: string): any {
  return pointer
    .split('/')
    .slice(1)
    .reduce((parent, part) => parent?.[part.replaceAll('~1', '/').replaceAll('~0', '~')], document);
}

/** A JSON pointer as a reader writes the field: `/message/id` → `message.id`. */
const field = (pointer: string) => pointer.replace(/^\//, '').split('/').join('.');

describe.each(apis.map((api) => [api.name, api] as const))('%s docs', (name, api) => {
  it('embed the current spec (run `npm run docs` when this fails)', async () => {
    const html = await readFile(api.docsFile, 'utf8');
    expect(embeddedDefinition(html)).toEqual(await docsDefinition(api));
  });

  it('document the bundled spec of @messaging-contracts/specs, plus the "Using this API" section and the local sandbox as a server', async () => {
    const spec = await shipped(name);
    const { servers, info, ...rest } = await docsDefinition(api);
    const { servers: contractServers, info: contractInfo, ...contract } = spec;
    expect(rest).toEqual(contract);
    expect(info).toEqual({ ...contractInfo, description: expect.stringMatching(new RegExp(`^## ${usingHeading}\n`)) });
    expect(
      info.description.endsWith(`\n## ${aboutHeading}\n\n${contractInfo.description}`),
      'the contract intro follows the section',
    ).toBe(true);
    expect(servers).toEqual([...contractServers, expect.objectContaining({ url: `http://127.0.0.1:${api.mockPort}` })]);
  });

  it('open with "Using this API": install, send, receive callbacks with createCallbackReceiver, test with the sandbox, and link the package READMEs', async () => {
    const { info } = await docsDefinition(api);
    const section = info.description.split('\n## ')[0] as string;
    const client = require(join(api.packageDir, 'package.json')) as { name: string; exports: Record<string, unknown> };
    expect(section).toContain(`npm install ${client.name}\n`);
    expect(section).toContain(`import { createClient } from '${client.name}';`);
    expect(section).toMatch(/await client\.POST\('\/[^']+', \{/);
    expect(section).toContain(`import { createCallbackReceiver } from '${client.name}/webhooks';`);
    expect(client.exports['./webhooks'], 'the receiver is exported where the section imports it').toBeDefined();
    expect(section).toContain(`npx messaging-sandbox ${name} --port ${api.mockPort}`);
    expect(section).toContain(`startSandbox({ api: '${name}', port: 0 })`);
    const readmes = [...section.matchAll(/\]\((https:\/\/github\.com\/[^/]+\/[^/]+\/tree\/main\/([^#)]+)#readme)\)/g)];
    const linked = new Set(readmes.map((match) => match[2]));
    expect(linked).toEqual(new Set([relative(repoRoot, api.packageDir), 'packages/sandbox']));
    for (const dir of linked) expect(existsSync(join(repoRoot, dir!, 'README.md')), `${dir}/README.md`).toBe(true);
  });

  it('name no internal document (a reader has no "seed 000"), in the docs and in both bundles', async () => {
    expect(internalNames(await docsDefinition(api))).toEqual([]);
    expect(internalNames(await shipped(name))).toEqual([]);
    expect(internalNames(parse(await readFile(specPath(name, 'yaml'), 'utf8')))).toEqual([]);
  });

  it('render every x-dedupe-key, x-callback-* value and x-pagination into the descriptions, in the bundles as in the docs', async () => {
    const source = await bundleSpec(api.root);
    const spec = await shipped(name);
    for (const { pointer, node } of holders(source, 'x-dedupe-key')) {
      const description: string = at(spec, pointer).description;
      expect(description, pointer).toContain(`**${renderedLabels.dedupe}**`);
      for (const key of node['x-dedupe-key'] as string[]) expect(description, pointer).toContain(`\`${field(key)}\``);
    }
    for (const key of ['x-callback-timeout-ms', 'x-callback-retry-window-ms'])
      for (const { pointer, node } of holders(source, key)) {
        const description: string = at(spec, pointer).description;
        expect(description, pointer).toContain(`**${renderedLabels.delivery}**`);
        expect(description, pointer).toContain(` ${duration(node[key])} (\`${key}: ${node[key]}\`)`);
      }
    for (const { pointer, node } of holders(source, 'x-callback-delivery'))
      expect(at(spec, pointer).description, pointer).toContain(node['x-callback-delivery'].replaceAll('-', ' '));
    const paginators = await readFile(join(api.typesFile, '..', 'paginate.ts'), 'utf8').catch(() => '');
    for (const { pointer, node } of holders(source, 'x-pagination')) {
      const description: string = at(spec, pointer).description;
      const paginator = paginatorName(node.operationId);
      expect(description, pointer).toContain(
        `**${renderedLabels.paging}** (\`x-pagination\`, style \`${node['x-pagination'].style}\`)`,
      );
      expect(description, pointer).toContain(`\`${node['x-pagination'].parameter}\``);
      expect(description, pointer).toContain(`\`${paginator}\``);
      expect(paginators, `the client package exports the ${paginator} the description names`).toContain(
        `export function ${paginator}(`,
      );
    }
    expect(await docsDefinition(api)).toMatchObject({
      paths: spec.paths,
      webhooks: spec.webhooks,
      components: spec.components,
    });
  });

  it('say of every open enum (known values, then any value of the type) that other values may arrive', async () => {
    const spec = await shipped(name);
    const open = holders(spec, 'anyOf').filter(({ node }) => {
      const branches = node.anyOf.map((branch: any) => (branch.$ref ? at(spec, branch.$ref.slice(1)) : branch));
      const listed = branches.find((branch: any) => Array.isArray(branch.enum));
      return (
        listed &&
        branches.some(
          (branch: any) =>
            branch !== listed &&
            branch.type === listed.type &&
            !('enum' in branch || 'const' in branch || 'pattern' in branch || 'format' in branch),
        )
      );
    });
    for (const { pointer, node } of open) expect(node.description, pointer).toContain(`**${renderedLabels.openEnum}**`);
  });
});

describe('reader-facing bundles', () => {
  const minimal = (description: string) => ({
    openapi: '3.1.0',
    info: { title: 'T', version: '1', description },
    paths: {},
    components: { schemas: { S: { type: 'string', enum: ['seed 000 stays: it is a value'], description } } },
  });

  it('cite each internal source by its public title (and link, where known)', () => {
    const document = readerFacing(minimal('From the search page (seed 000) and Seed 002, and seed 001.'));
    expect(document.info.description).toBe(
      `From the search page (${publicSources['000'].name}) and [The "Fetch Message information" page](${publicSources['002'].url}), and [${publicSources['001'].name}](${publicSources['001'].url}).`,
    );
    expect(document.components.schemas.S.enum, 'values are data, never rewritten').toEqual([
      'seed 000 stays: it is a value',
    ]);
  });

  it('refuse a document that still names an internal file, naming where', () => {
    expect(() => readerFacing(minimal('See seed 042 and seeds/000_2400b4cc76c1dd2a.txt.'))).toThrow(
      /internal document names a reader cannot open:\n {2}\/info\/description: .*seed 042/,
    );
  });

  it("write soft line breaks as spaces (Redoc's search snippets drop them), keeping Markdown blocks", () => {
    expect(unwrap('after which the\ncallback is dropped')).toBe('after which the callback is dropped');
    const blocks = [
      'Two paragraphs.\n\nThe second.',
      '- an item\n- another',
      '| a | b |\n|---|---|\n| 1 | 2 |',
      '```ts\nconst a = 1;\nconst b = 2;\n```',
      'text\n\n    indented code\n    more code',
      'a hard  \nbreak',
      'text\n# heading\nmore',
    ];
    for (const block of blocks) expect(unwrap(block)).toBe(block);
    expect(unwrap('- an item\n  continued\n- next')).toBe('- an item continued\n- next');
    expect(unwrap('```\na\n```\nafter the\nfence')).toBe('```\na\n```\nafter the fence');
  });

  it('leave the contract itself unchanged: only descriptions differ from the source bundle', async () => {
    for (const api of bundledApis) {
      const source = await bundleSpec(apis.find((entry) => entry.name === api.name)!.root);
      const strip = (node: unknown): unknown =>
        Array.isArray(node)
          ? node.map(strip)
          : node && typeof node === 'object'
            ? Object.fromEntries(
                Object.entries(node)
                  .filter(([key, child]) => !(typeof child === 'string' && ['description', 'summary'].includes(key)))
                  .map(([key, child]) => [
                    key,
                    key === 'x-enumDescriptions' ? Object.keys(child as object) : strip(child),
                  ]),
              )
            : node;
      expect(strip(await shipped(api.name)), api.name).toEqual(strip(source));
    }
  });
});

describe('"Using this API" code', () => {
  it('type-checks against the built packages, for every API', { timeout: 120_000 }, async () => {
    const dir = fileURLToPath(new URL('../test-output/using-this-api/', import.meta.url));
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const files: string[] = [];
    for (const api of apis) {
      const { info } = await docsDefinition(api);
      const section = info.description.split('\n## ')[0] as string;
      const blocks = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
      expect(blocks.length, `${api.name}: a send and a receive example`).toBe(2);
      for (const [index, code] of blocks.entries()) {
        const file = join(dir, `${api.name}-${index}.mts`);
        await writeFile(file, `${code}export {};\n`);
        files.push(file);
      }
    }
    const tsc = require.resolve('typescript/bin/tsc');
    const result = await run(
      process.execPath,
      [
        tsc,
        '--noEmit',
        '--strict',
        '--module',
        'nodenext',
        '--target',
        'es2022',
        '--types',
        'node',
        '--skipLibCheck',
        ...files,
      ],
      { cwd: dir },
    ).catch((error: { stdout: string; stderr: string }) => ({
      stdout: error.stdout,
      stderr: error.stderr,
      failed: true,
    }));
    expect(`${result.stdout}${result.stderr}`).toBe('');
  });
});

describe('docs index', () => {
  it('links every API page', async () => {
    const index = await readFile(join(docsDir, 'index.html'), 'utf8');
    for (const api of apis) expect(index).toContain(`href="${api.name}.html"`);
  });
});
