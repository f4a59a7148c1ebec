import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { duration, renderedLabels } from '../../packages/specs/reader-facing.mjs';
import { docsDir } from '../../scripts/lib/apis.mjs';
import { docsDefinition, usingHeading } from '../../scripts/lib/docs.mjs';
import { bundleSpec } from '../../scripts/lib/spec.mjs';
import { apis, loadSpec, operationsOf, webhooksOf, type Operation } from '../support/spec.js';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const screenshotDir = fileURLToPath(new URL('../test-output/screenshots/', import.meta.url));
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

const noChromium = existsSync(chromiumPath)
  ? undefined
  : `No Chromium at ${chromiumPath}: install it with \`apt-get install -y chromium\` or point CHROMIUM_PATH at one`;

let browser: Browser;
let server: Server;
let origin: string;

beforeAll(async () => {
  // Without a browser every test fails with this message (a failing beforeAll would only mark them skipped).
  if (noChromium) return;
  [server, browser] = await Promise.all([
    serve(docsDir),
    chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    }),
    mkdir(screenshotDir, { recursive: true }),
  ]);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
});

async function serve(root: string): Promise<Server> {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
    try {
      if (!file.startsWith(root + sep)) throw new Error('outside the docs');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return server;
}

interface Visit {
  page: Page;
  /** Requests to any host but the docs server, each aborted before it left the browser. */
  outside: Set<string>;
  /** Uncaught exceptions, console errors and failed local requests. */
  errors: string[];
}

let context: BrowserContext | undefined;

afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function visit(): Promise<Visit> {
  if (noChromium) throw new Error(noChromium);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const visit: Visit = { page: await context.newPage(), outside: new Set(), errors: [] };
  const isOutside = (url: string) => {
    const { protocol, hostname } = new URL(url);
    return protocol !== 'data:' && protocol !== 'blob:' && hostname !== '127.0.0.1';
  };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (!isOutside(url)) return route.continue();
    visit.outside.add(url);
    return route.abort('blockedbyclient');
  });
  // Requests the route does not see (web sockets, a service worker's) still count.
  context.on('request', (request) => isOutside(request.url()) && visit.outside.add(request.url()));
  visit.page.on('websocket', (socket) => isOutside(socket.url()) && visit.outside.add(socket.url()));
  visit.page.on('pageerror', (error) => visit.errors.push(`uncaught: ${error.message}`));
  visit.page.on('console', (message) => {
    if (message.type() === 'error' && !visit.outside.has(message.location().url))
      visit.errors.push(`console: ${message.text()}`);
  });
  visit.page.on('response', (response) => {
    if (response.status() >= 400) visit.errors.push(`${response.status()} ${response.url()}`);
  });
  return visit;
}

/** Retry until nothing is left over (Redoc renders after load), or give up with what still is. */
async function settle<T>(leftOver: () => Promise<T[]>, timeout = 5_000): Promise<T[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const left = await leftOver();
    if (left.length === 0 || Date.now() > deadline) return left;
    await new Promise((wait) => setTimeout(wait, 100));
  }
}

function startsWith(text: string) {
  return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

/**
 * Scroll every section of the page into view, top to bottom: Redoc renders a tag's overview (with the
 * links to its operations) only once it is on screen, and an intro taller than the window (as "Using
 * this API" is) would otherwise keep every overview below the first screen unrendered.
 */
async function revealSections(page: Page): Promise<void> {
  const ids = await page
    .locator('[data-section-id]')
    .evaluateAll((sections) => sections.map((section) => section.getAttribute('data-section-id')!));
  for (const id of ids)
    await page
      .locator(`[data-section-id="${id}"]`)
      .first()
      .evaluate((section) => section.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
}

/** The texts of the search results Redoc lists for a query (each: operation, field path and snippet). */
async function search(page: Page, query: string): Promise<string[]> {
  // A fresh load each time, so the dialog opens the same way whatever an earlier search left behind.
  await page.reload();
  await page.locator('h1').first().waitFor();
  // Redoc's own shortcut opens the search dialog (the sidebar box says "Search Ctrl+K"); until the page
  // has hydrated it does nothing, so press it until the dialog's text box is there.
  const input = page.getByRole('textbox').first();
  const closed = await settle(async () => {
    if (await input.isVisible()) return [];
    await page.keyboard.press('Control+k');
    await input.waitFor({ timeout: 500 }).catch(() => undefined);
    return [query];
  }, 10_000);
  if (closed.length) throw new Error('the search dialog did not open (Ctrl+K)');
  await input.fill(query);
  const results = page.locator('[data-component-name="Search/SearchItem"]');
  let texts: string[] = [];
  await settle(async () => {
    // Results arrive after a debounce; wait until two reads agree and there is at least one.
    // biome-ignore lint/performance/useDomNodeTextContent: innerText is what a reader sees (textContent runs the result's lines together)
    const now = await results.evaluateAll((items) => items.map((item) => (item as HTMLElement).innerText));
    const stable = now.length > 0 && now.join('\n') === texts.join('\n');
    texts = now;
    return stable ? [] : [query];
  }, 5_000);
  await page.keyboard.press('Escape');
  return texts;
}

/** Pairs of words that a line or paragraph break separates in the spec's source text (before bundling for readers). */
function brokenPairs(text: string): Array<{ pair: string; paragraph: boolean }> {
  return [...text.matchAll(/(?<=^|\s)([A-Za-z]{4,})\n(\s*\n)?\s*([A-Za-z]{4,})(?=[\s.,;:]|$)/g)].map((match) => ({
    pair: `${match[1]} ${match[3]}`,
    paragraph: match[2] !== undefined,
  }));
}

/** What of the operation the rendered section does not show: its summary, parameter names, response codes. */
async function missingFrom(section: Locator, operation: Operation): Promise<string[]> {
  const visibleTexts = (locator: Locator) =>
    locator.evaluateAll((elements) =>
      elements.filter((element) => element.checkVisibility()).map((element) => element.textContent?.trim() ?? ''),
    );
  const missing: string[] = [];
  const summary: string = operation.operation.summary;
  // The heading may carry badges after the summary ("Beta", "Webhook").
  if (
    !(await section
      .locator('h2', { hasText: startsWith(summary) })
      .first()
      .isVisible())
  )
    missing.push(`summary "${summary}"`);
  const names = new Set(await visibleTexts(section.locator('.schema-name')));
  for (const parameter of operation.parameters)
    if (!names.has(parameter.name)) missing.push(`${parameter.in} parameter ${parameter.name}`);
  const tabs = new Set(await visibleTexts(section.getByRole('tablist', { name: 'Response status' }).getByRole('tab')));
  for (const status of Object.keys(operation.operation.responses ?? {}))
    if (!tabs.has(status)) missing.push(`response ${status}`);
  return missing;
}

/**
 * The request examples of a webhook that its section does not show: each media type and each example is
 * picked in the payload panel, and a few of its values are looked for in what Redoc prints.
 */
async function missingExamples(page: Page, section: Locator, operation: Operation): Promise<string[]> {
  const missing: string[] = [];
  const contents = Object.entries<any>(operation.operation.requestBody?.content ?? {});
  for (const [mediaType, content] of contents) {
    if (contents.length > 1 && !(await choose(page, section, 'Payload media type', mediaType))) {
      missing.push(`${mediaType}: not offered in the media type menu`);
      continue;
    }
    const examples = Object.entries<any>(content.examples ?? {});
    for (const [name, example] of examples) {
      // Several examples are offered in a menu labelled by their summaries.
      if (examples.length > 1 && !(await choose(page, section, 'Example', example.summary ?? name))) {
        missing.push(`${mediaType} example "${name}": not offered in the example menu`);
        continue;
      }
      const fragments =
        mediaType === 'application/x-www-form-urlencoded' ? formFragments(example.value) : jsonFragments(example.value);
      const absent = await settle(async () => {
        // biome-ignore lint/performance/useDomNodeTextContent: this is Playwright's Locator.innerText (what a reader sees), not the DOM property
        const text = (await section.innerText()).replace(/\s+/g, '');
        return fragments
          .filter((alternatives) => !alternatives.some((fragment) => text.includes(fragment)))
          .map((alternatives) => alternatives[0]!);
      });
      if (absent.length) missing.push(`${mediaType} example "${name}" (missing ${absent.slice(0, 3).join(', ')})`);
    }
  }
  return missing;
}

/** Pick `option` in one of Redoc's menus (media type, example); false when the section has no such menu or option. */
async function choose(page: Page, section: Locator, menu: string, option: string): Promise<boolean> {
  const button = section.locator(`button[aria-haspopup="menu"][aria-label="${menu}"]`).first();
  if (!(await button.count())) return false;
  await button.click();
  const item = page.getByRole('menuitem', { name: option, exact: true }).first();
  if (await item.isVisible()) return item.click().then(() => true);
  if ((await button.getAttribute('aria-expanded')) === 'true') await button.click(); // close the menu again
  return false;
}

/** A few "key":value fragments of a JSON example, as Redoc prints them (whitespace removed). */
function jsonFragments(value: unknown): string[][] {
  const fragments: string[][] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (child === null || typeof child !== 'object')
          fragments.push([`"${key}":${JSON.stringify(child)}`.replace(/\s+/g, '')]);
        else walk(child);
      }
    }
  };
  walk(value);
  return fragments.slice(0, 8);
}

/** A few key=value fragments of a form example, in either of the usual percent-encodings. */
function formFragments(value: Record<string, unknown>): string[][] {
  return Object.entries(value)
    .slice(0, 8)
    .map(([key, child]) => {
      const form = new URLSearchParams({ [key]: String(child) }).toString();
      const uri = `${encodeURIComponent(key)}=${encodeURIComponent(String(child))}`;
      return [form, uri].map((fragment) => fragment.replace(/\s+/g, ''));
    });
}

describe.each(apis.map((api) => [api.name, api] as const))('%s docs in Chromium', async (name, api) => {
  const { document } = await loadSpec(api);
  // What the page embeds (the reader-facing bundle plus "Using this API"), and the spec's source text.
  const definition = await docsDefinition(api);
  const source = await bundleSpec(api.root);
  // Webhooks are listed like operations, under the webhook's name instead of a path.
  const webhooks = webhooksOf(document).map((operation) => ({
    ...operation,
    label: `webhook ${operation.method.toUpperCase()} ${operation.path}`,
  }));
  const operations = [
    ...operationsOf(document).map((operation) => ({
      ...operation,
      label: `${operation.method.toUpperCase()} ${operation.path}`,
    })),
    ...webhooks,
  ];
  const url = () => `${origin}/${name}.html`;

  async function open(page: Page) {
    await page.goto(url());
    await page.getByRole('heading', { level: 1, name: document.info.title }).waitFor();
  }

  /** The operation in the source bundle (its $refs kept). */
  function sourceOperation(operation: Operation): any {
    const group = webhooks.includes(operation as (typeof webhooks)[number]) ? source.webhooks : source.paths;
    return group?.[operation.path]?.[operation.method];
  }

  /** The `x-` values of an operation that its section must show as text. */
  function renderedTexts(operation: Operation): string[] {
    const texts: string[] = [];
    const paging = operation.operation['x-pagination'];
    if (paging) texts.push(`${renderedLabels.paging} (x-pagination, style ${paging.style})`, paging.parameter);
    for (const key of ['x-callback-timeout-ms', 'x-callback-retry-window-ms']) {
      const ms = operation.operation[key];
      if (typeof ms === 'number') texts.push(`${duration(ms)} (${key}: ${ms})`);
    }
    if (typeof operation.operation['x-callback-delivery'] === 'string')
      texts.push(operation.operation['x-callback-delivery'].replaceAll('-', ' '));
    // A webhook's body names the schema whose x-dedupe-key says which events are the same.
    const body = JSON.stringify(sourceOperation(operation)?.requestBody ?? {});
    for (const [schema, value] of Object.entries<any>(source.components?.schemas ?? {}))
      if (value['x-dedupe-key'] && body.includes(`"#/components/schemas/${schema}"`))
        texts.push(`(x-dedupe-key of ${schema})`);
    return texts;
  }

  it('has its callbacks in the contract', () => {
    expect(webhooks.length, `${name} documents no webhook`).toBeGreaterThan(0);
  });

  it('render every operation with the x- values a reader needs, and reach no other host', async () => {
    const { page, outside, errors } = await visit();
    await open(page);

    // The built HTML holds only the info section; Redoc renders the rest, including a link to each operation's own section.
    const hrefs = new Map<string, string>();
    const unlinked = await settle(async () => {
      await revealSections(page);
      const links = await page.locator('a[href^="#/"]').evaluateAll((anchors) =>
        anchors.map((anchor) => ({
          href: anchor.getAttribute('href')!,
          text: anchor.textContent!.replace(/\s+/g, '').toLowerCase(),
        })),
      );
      for (const operation of operations) {
        // An operation's badges (x-badges, e.g. "Beta") follow its path in the link.
        const badges = (operation.operation['x-badges'] ?? []).map((badge: { name: string }) => badge.name).join('');
        const text = `${operation.method}${operation.path}${badges}`.replace(/\s+/g, '').toLowerCase();
        const link = links.find((candidate) => candidate.text === text);
        if (link) hrefs.set(operation.label, link.href);
      }
      return operations.filter((operation) => !hrefs.has(operation.label)).map((operation) => operation.label);
    }, 15_000);
    expect.soft(unlinked, 'operations the overview does not link').toEqual([]);
    await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });

    const missing: Record<string, string[]> = {};
    let rendered = 0;
    for (const operation of operations) {
      const href = hrefs.get(operation.label);
      if (!href) continue;
      await page.goto(`${url()}${href}`);
      const section = page.locator(`[data-section-id="${href.slice(1)}"]`);
      const absent = await settle(() => missingFrom(section, operation));
      if (webhooks.includes(operation as (typeof webhooks)[number]))
        absent.push(...(await missingExamples(page, section, operation)));
      const texts = renderedTexts(operation);
      rendered += texts.length;
      if (texts.length) {
        const shown = await settle(async () => {
          // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText, what a reader sees
          const text = (await section.innerText()).replace(/\s+/g, ' ');
          return texts.filter((expected) => !text.includes(expected)).map((expected) => `x- value "${expected}"`);
        });
        absent.push(...shown);
      }
      if (absent.length) missing[`${operation.label} (${href})`] = absent;
    }
    expect.soft(missing, 'what the operation sections do not show').toEqual({});
    expect(rendered, 'the page has x- values to show (x-pagination at least)').toBeGreaterThan(0);

    // The collapsed sidebar shows another logo; it must not come from elsewhere either.
    const hideSidebar = page.getByRole('button', { name: 'Hide sidebar' });
    if (await hideSidebar.count()) {
      await hideSidebar.click();
      await page.getByRole('button', { name: 'Show sidebar' }).waitFor();
    }

    expect.soft([...outside], 'requests to other hosts (blocked)').toEqual([]);
    expect.soft(errors, 'errors on the page').toEqual([]);
  });

  it('open with "Using this API": install, send, receive with createCallbackReceiver, test with the sandbox, README links', async () => {
    const { page, errors } = await visit();
    await open(page);
    const client = (await import(join(api.packageDir, 'package.json'), { with: { type: 'json' } })).default as {
      name: string;
    };
    const firstHeading = page.locator('h2').first();
    await firstHeading.waitFor();
    expect(await firstHeading.textContent(), 'the first section of the page').toBe(usingHeading);
    const section = page.locator('[data-section-id="/section/using-this-api"]');
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText, what a reader sees
    const text = (await section.innerText()).replace(/\s+/g, ' ');
    for (const expected of [
      `npm install ${client.name}`,
      `from '${client.name}'`,
      'await client.POST(',
      `import { createCallbackReceiver } from '${client.name}/webhooks'`,
      `npx messaging-sandbox ${name} --port ${api.mockPort}`,
    ])
      expect.soft(text, 'the section shows').toContain(expected);
    const readmes = [
      ...new Set(
        [...(definition.info.description as string).matchAll(/\]\((https:\/\/[^)]+#readme)\)/g)].map(
          (match) => match[1]!,
        ),
      ),
    ];
    expect(readmes.length, 'the section links the client and sandbox READMEs').toBe(2);
    for (const readme of readmes)
      expect
        .soft(await section.locator(`a[href="${readme}"]`).first().isVisible(), `a visible link to ${readme}`)
        .toBe(true);
    // Taller than the window, and still followed by the contract's own introduction and the operations.
    expect(await section.evaluate((element) => element.getBoundingClientRect().height)).toBeGreaterThan(900);
    await revealSections(page);
    await page.locator('a[href^="#/"]').first().waitFor();
    expect.soft(errors, 'errors on the page').toEqual([]);
  });

  it('name no internal document anywhere a reader looks: the page text and the search', async () => {
    const { page } = await visit();
    await open(page);
    await revealSections(page);
    const internal = /\bseeds?\s*\d{3}\b/i;
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText, what a reader sees
    expect((await page.locator('body').innerText()).match(internal)).toBeNull();
    const hits = await search(page, 'seed').catch(() => []);
    expect(hits.filter((hit) => internal.test(hit))).toEqual([]);
  });

  it('find the open enums (kept in schemas, shown only when expanded) with the search', async () => {
    const { page } = await visit();
    await open(page);
    // The end of each rendered "Open list" paragraph, as plain text: what a search for it must show.
    const phrases = [
      ...JSON.stringify(definition.components ?? {}).matchAll(/\*\*Open list\*\*: ([^"]*?)\.(?:\\n|")/g),
    ].map((match) => match[1]!.replaceAll('`', '').split(' ').slice(-6).join(' '));
    for (const phrase of new Set(phrases)) {
      const hits = (await search(page, phrase)).map((hit) => hit.replace(/\s+/g, ' '));
      expect
        .soft(
          hits.some((hit) => hit.includes(phrase)),
          `a search for "${phrase}" (${hits.length} results)`,
        )
        .toBe(true);
    }
  });

  it('show search snippets with their spaces, across line and paragraph breaks', async () => {
    const { page } = await visit();
    await open(page);
    const texts = [...operationsOf(source), ...webhooksOf(source)].map(({ operation }) =>
      String(operation.description ?? ''),
    );
    const pairs = texts.flatMap(brokenPairs);
    const chosen = [pairs.find((pair) => !pair.paragraph), pairs.find((pair) => pair.paragraph)].filter(
      (pair) => pair !== undefined,
    );
    expect(chosen.length, 'the spec has words across a line break to search for').toBeGreaterThan(0);
    for (const { pair, paragraph } of chosen) {
      const hits = (await search(page, pair)).map((hit) => hit.replace(/\s+/g, ' '));
      const words = pair.toLowerCase();
      const kind = paragraph ? 'paragraph' : 'line';
      expect
        .soft(
          hits.some((hit) => hit.toLowerCase().includes(words)),
          `"${pair}" (across a ${kind} break) in a snippet`,
        )
        .toBe(true);
      expect
        .soft(
          // The words as the source spells them, run together (a name like MessageResource is another word).
          hits.filter((hit) => hit.includes(pair.replace(' ', ''))),
          `"${pair}" run together`,
        )
        .toEqual([]);
    }
  });
});

describe('docs index in Chromium', () => {
  it('links every API to a page that renders, and reaches no other host', async () => {
    const { page, outside, errors } = await visit();
    await page.goto(`${origin}/`);
    await page.screenshot({ path: join(screenshotDir, 'index.png'), fullPage: true });
    for (const api of apis) {
      const { document } = await loadSpec(api);
      const link = page.locator(`a[href="${api.name}.html"]`);
      expect(await link.count(), `the index links ${api.name}.html once`).toBe(1);
      expect.soft(await link.textContent()).toBe(document.info.title);
      await Promise.all([page.waitForURL(`${origin}/${api.name}.html`), link.click()]);
      await page.getByRole('heading', { level: 1, name: document.info.title }).waitFor();
      // The intro is taller than the window: the operation links render once their sections are scrolled to.
      await revealSections(page);
      await page.locator('a[href^="#/"]').first().waitFor();
      await page.goBack();
    }
    expect.soft([...outside], 'requests to other hosts (blocked)').toEqual([]);
    expect.soft(errors, 'errors on the page').toEqual([]);
  });
});
