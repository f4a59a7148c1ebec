// @ts-check
// Building the Redoc pages: one self-contained HTML file per API plus an index that links them.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { readerFacing, unwrap } from '../../packages/specs/reader-facing.mjs';
import { docsDir, repoRoot } from './apis.mjs';
import { bundleSpec } from './spec.mjs';

const require = createRequire(import.meta.url);
const redoclyBin = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');

/**
 * The environment every Redocly command runs with: no telemetry, no update checks. Redocly CLI 2.x also
 * prints a "Node.js 20 support is ending" box on every run under Node 20 (lib/index.js, unconditional):
 * no variable turns it off, so callers show Redocly's output only when it fails (see scripts/start.mjs).
 */
export const redoclyEnv = {
  ...process.env,
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  REDOCLY_SUPPRESS_NOTIFICATIONS: 'true',
};

/**
 * What an API's page documents: the bundled spec as @messaging-contracts/specs ships it (the `x-` values a
 * reader needs written into the descriptions, public documents cited: packages/specs/reader-facing.mjs),
 * opened by a "Using this API" section, plus the local sandbox as a second server, so a reader can point
 * "try it" tools and copied URLs at 127.0.0.1 (the port comes from the API list, like `npm start`'s).
 * The contract itself names only the provider's servers.
 * @param {import('./apis.mjs').Api} api
 */
export async function docsDefinition(api) {
  const spec = readerFacing(await bundleSpec(api.root));
  const local = {
    url: `http://127.0.0.1:${api.mockPort}`,
    // Redoc prints server descriptions as plain text.
    description: `Local sandbox (npm start in this repository, or npx messaging-sandbox ${api.name} --port ${api.mockPort})`,
  };
  const info = {
    ...spec.info,
    description: `${unwrap(usingThisApi(api, spec))}\n## ${aboutHeading}\n\n${spec.info.description ?? ''}`,
  };
  return { ...spec, info, servers: [...(spec.servers ?? []), local] };
}

/** The heading of the section each page opens with (Redoc lists it in the sidebar). */
export const usingHeading = 'Using this API';
/** The heading of the contract's own introduction, which follows. */
export const aboutHeading = 'About this contract';

/**
 * How a reader integrates this API with the packages of this repository: install the client, send with
 * the spec's own first send example, receive callbacks with the package's `createCallbackReceiver`, test
 * against the sandbox. Everything comes from the API list, the packages' package.json files and the spec.
 * @param {import('./apis.mjs').Api} api
 * @param {any} spec the bundled spec
 */
export function usingThisApi(api, spec) {
  const client = packageJson(join(api.packageDir, 'package.json'));
  const sandbox = packageJson(require.resolve('@messaging-contracts/sandbox/package.json'));
  const sandboxBin = Object.keys(sandbox.bin ?? {})[0];
  if (!sandboxBin) throw new Error(`${sandbox.name} declares no bin`);
  if (!client.exports?.['./webhooks'])
    throw new Error(`${client.name} has no ./webhooks entry, where createCallbackReceiver is exported`);
  const send = sendExample(spec);
  const webhooks = Object.entries(spec.webhooks ?? {}).flatMap(([name, item]) =>
    Object.entries(item ?? {}).map(([method, operation]) => ({
      name,
      method,
      operation: /** @type {any} */ (operation),
    })),
  );
  // Credentials are checked when any webhook documents an authentication scheme; otherwise there is none to check.
  const authenticated = webhooks.some(({ operation }) =>
    (operation.security ?? []).some((/** @type {object} */ requirement) => Object.keys(requirement).length > 0),
  );
  const port = api.mockPort;
  const link = (/** @type {{ name: string }} */ pkg, /** @type {string} */ dir) =>
    `[\`${pkg.name}\`](${readmeUrl(dir)})`;
  const sandboxDir = dirname(require.resolve('@messaging-contracts/sandbox/package.json'));
  const webhookList = [...new Set(webhooks.map(({ name }) => `\`${name}\``))].join(', ');
  return `## ${usingHeading}

Two packages of [messaging-contracts](${repositoryUrl()}) are built from this contract:
${link(client, api.packageDir)}, a typed client and callback receiver, and ${link(sandbox, sandboxDir)}, a
local stateful sandbox of this API for your tests. Their READMEs say more than this summary.

**Install** (Node 20.19 or later):

\`\`\`sh
npm install ${client.name}
\`\`\`

**Send** (\`${send.operationId}\`, with its first request example): \`username\` and \`password\` are
your HTTP Basic credentials (see *Authentication*).

\`\`\`ts
import { createClient } from '${client.name}';

const client = createClient({ username: 'your-username', password: 'your-password' });
const { data } = await client.${send.method.toUpperCase()}('${send.path}', ${send.options});
console.log(data);
\`\`\`

**Receive callbacks** (${webhookList}) with \`createCallbackReceiver\` from \`${client.name}/webhooks\`: it
${authenticated ? 'checks the Basic credentials in constant time, ' : ''}validates each request against this contract and gives each event a
dedupe key; it answers an invalid request with the error status itself.

\`\`\`ts
import { createServer } from 'node:http';
import { createCallbackReceiver } from '${client.name}/webhooks';

const receiver = createCallbackReceiver({ credentials: ${
    authenticated ? "{ username: 'callback-user', password: 'callback-password' }" : 'false'
  } });
createServer(
  receiver.nodeHandler(({ webhook, events }) => {
    for (const { event, dedupeKey } of events) console.log(webhook, dedupeKey, event);
  }),
).listen(3000);
\`\`\`

**Test with the sandbox**: \`npx ${sandboxBin} ${api.name} --port ${port}\` (from ${link(sandbox, sandboxDir)})
serves this API on \`http://127.0.0.1:${port}\`, validating every request and answer against this
contract; pass \`baseUrl: 'http://127.0.0.1:${port}'\` to \`createClient\`. From a test, \`startSandbox({ api:
'${api.name}', port: 0 })\` starts one on a free port.
`;
}

/**
 * The first operation that sends a JSON body with an example: its path, and the options of a client call.
 * @param {any} spec
 */
function sendExample(spec) {
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    const pathItem = /** @type {any} */ (item);
    const operation = pathItem?.post;
    const content = deref(spec, deref(spec, operation?.requestBody))?.content?.['application/json'];
    const example = content?.example ?? deref(spec, Object.values(content?.examples ?? {})[0])?.value;
    if (!operation || example === undefined) continue;
    const parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]
      .map((parameter) => deref(spec, parameter))
      .filter((parameter) => parameter.in === 'path');
    const pathValues = Object.fromEntries(
      parameters.map((parameter) => [parameter.name, parameterExample(spec, parameter) ?? `your-${parameter.name}`]),
    );
    const options = codeLiteral({ params: { path: pathValues }, body: example });
    return { path, method: 'post', operationId: operation.operationId, options };
  }
  throw new Error(`${spec.info?.title}: no POST operation with a JSON request example to show as the send example`);
}

/**
 * A value as a TypeScript literal that fits the page's narrow code column: one line where it is short,
 * else one property per line; names that are identifiers unquoted.
 * @param {unknown} value
 * @param {string} [indent]
 * @returns {string}
 */
function codeLiteral(value, indent = '') {
  const inline = inlineLiteral(value);
  if (inline.length + indent.length <= 56 || value === null || typeof value !== 'object') return inline;
  const inner = `${indent}  `;
  if (Array.isArray(value))
    return `[\n${value.map((item) => `${inner}${codeLiteral(item, inner)},`).join('\n')}\n${indent}]`;
  const entries = Object.entries(value).map(
    ([key, child]) => `${inner}${propertyName(key)}: ${codeLiteral(child, inner)},`,
  );
  return `{\n${entries.join('\n')}\n${indent}}`;
}

/** @param {string} key */
const propertyName = (key) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key));

/**
 * @param {unknown} value
 * @returns {string}
 */
function inlineLiteral(value) {
  if (Array.isArray(value)) return `[${value.map(inlineLiteral).join(', ')}]`;
  if (!value || typeof value !== 'object') return JSON.stringify(value);
  const entries = Object.entries(value).map(([key, child]) => `${propertyName(key)}: ${inlineLiteral(child)}`);
  return entries.length ? `{ ${entries.join(', ')} }` : '{}';
}

/**
 * @param {any} spec
 * @param {any} parameter
 */
function parameterExample(spec, parameter) {
  if (parameter.example !== undefined) return parameter.example;
  const first = deref(spec, Object.values(parameter.examples ?? {})[0]);
  if (first?.value !== undefined) return first.value;
  return deref(spec, parameter.schema)?.examples?.[0] ?? deref(spec, parameter.schema)?.example;
}

/**
 * @param {any} spec
 * @param {any} node
 */
function deref(spec, node) {
  let current = node;
  while (current && typeof current.$ref === 'string' && current.$ref.startsWith('#/'))
    current = current.$ref
      .slice(2)
      .split('/')
      .map((/** @type {string} */ part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce((/** @type {any} */ parent, /** @type {string} */ part) => parent?.[part], spec);
  return current;
}

/** @param {string} file */
function packageJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The repository's web address, from the specs package's `repository` field. */
function repositoryUrl() {
  const { repository } = packageJson(require.resolve('@messaging-contracts/specs/package.json'));
  const url = typeof repository === 'string' ? repository : repository?.url;
  const match = /^(?:git\+)?(https:\/\/github\.com\/[^/]+\/[^/]+?)(?:\.git)?$/.exec(url ?? '');
  if (!match?.[1]) throw new Error(`@messaging-contracts/specs: repository.url "${url}" is not a GitHub https URL`);
  return match[1];
}

/** @param {string} dir a package folder of this repository */
function readmeUrl(dir) {
  return `${repositoryUrl()}/tree/main/${relative(repoRoot, dir).split(/[\\/]/).join('/')}#readme`;
}

/**
 * Build one API's page. --inlineBundle embeds Redoc itself, so the page works offline;
 * disableTelemetry keeps the page from reporting to Redocly.
 * @param {import('./apis.mjs').Api} api
 * @param {string} [outputFile]
 */
export async function buildDocsPage(api, outputFile = api.docsFile) {
  const workDir = await mkdtemp(join(tmpdir(), `docs-${api.name}-`));
  const definitionFile = join(workDir, 'openapi.json');
  await writeFile(definitionFile, JSON.stringify(await docsDefinition(api)));
  const args = [
    redoclyBin,
    'build-docs',
    definitionFile,
    '--inlineBundle',
    '--openapi.disableTelemetry=true',
    '--openapi.jsonSamplesExpandLevel=all',
    '--output',
    outputFile,
  ];
  try {
    await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, args, {
        cwd: repoRoot,
        env: redoclyEnv,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.once('error', reject);
      child.once('exit', (code) =>
        code === 0
          ? resolve(outputFile)
          : reject(new Error(`redocly build-docs ${api.name} failed (exit ${code}):\n${output}`)),
      );
    });
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  return finishPage(outputFile);
}

/**
 * Redoc 3 loads its "API docs by Redocly" logo from cdn.redoc.ly whatever the options say, so the page
 * would still reach the internet: inline the logo, and let a Content-Security-Policy refuse anything else.
 */
const offlineImages = {
  'https://cdn.redoc.ly/redoc/logo-mini-full.svg': svgText(52, 'Redocly'),
  'https://cdn.redoc.ly/redoc/logo-mini.svg': svgText(12, 'R'),
};
const contentSecurityPolicy =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; base-uri 'none'; form-action 'none'";

/**
 * Redoc 3 builds the text of its search index and snippets by concatenating the text nodes of each
 * description's Markdoc tree with nothing between them, so a line or paragraph break between two words
 * vanishes ("the\ncallback" and "bytes).\n\nRetention" read "thecallback", "bytes).Retention"). The
 * built page's copy of that function also writes a space after each block (paragraph, heading, list
 * item, table cell, quote, code) and each line break. Matched by shape, since its names are minified.
 */
const searchText =
  /function (\w+)\(e\)\{let t=\[\];function n\(e\)\{if\(!(\w+)\(e\)\)\{typeof e\.attributes\?\.content==`string`&&t\.push\(e\.attributes\.content\);for\(let t of e\.children\?\?\[\]\)n\(t\)\}\}return n\(e\),t\.join\(``\)\}/g;
const blockTypes = ['paragraph', 'heading', 'item', 'blockquote', 'th', 'td', 'fence', 'softbreak', 'hardbreak'];

/** @param {string} html */
function spacedSearchText(html) {
  const found = html.match(searchText)?.length ?? 0;
  if (found !== 1)
    throw new Error(
      `Redoc's search-text function was found ${found} times instead of once; update searchText in scripts/lib/docs.mjs`,
    );
  return html.replace(
    searchText,
    (_whole, name, isHidden) =>
      `function ${name}(e){let t=[];function n(e){if(!${isHidden}(e)){typeof e.attributes?.content==\`string\`&&t.push(e.attributes.content);for(let t of e.children??[])n(t);${JSON.stringify(blockTypes)}.includes(e.type)&&t.push(\` \`)}}return n(e),t.join(\`\`).replace(/\\s+/g,\` \`)}`,
  );
}

/**
 * What the page needs after redocly build-docs: search snippets with their spaces, and no request to the internet.
 * @param {string} file
 */
async function finishPage(file) {
  let html = spacedSearchText(await readFile(file, 'utf8'));
  for (const [url, inline] of Object.entries(offlineImages)) {
    if (!html.includes(url))
      throw new Error(`${file}: Redoc no longer loads ${url}; update offlineImages in scripts/lib/docs.mjs`);
    html = html.replaceAll(url, inline);
  }
  html = html.replace(
    '<head>',
    `<head>\n  <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
  );
  await writeFile(file, html);
  return file;
}

/**
 * @param {number} width
 * @param {string} text
 */
function svgText(width, text) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="12"><text y="10" fill="#0044d4" font-family="sans-serif" font-size="11" font-weight="600">${text}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/**
 * The definition a built page embeds, parsed.
 * @param {string} html
 */
export function embeddedDefinition(html) {
  const match = /const __redoc_definition = (.*?);\n\s*const __redoc_options/s.exec(html);
  if (!match?.[1]) throw new Error('the page embeds no Redoc definition (was it built by redocly build-docs?)');
  return JSON.parse(match[1]);
}

/**
 * @param {import('./apis.mjs').Api[]} apis
 */
export async function writeDocsIndex(apis) {
  const rows = [];
  for (const api of apis) {
    const { info } = await bundleSpec(api.root);
    rows.push(
      `      <li><a href="${api.name}.html">${escapeHtml(info.title)}</a> <span>v${escapeHtml(info.version)}</span>` +
        ` <code>${api.name}</code> · mock on <code>http://127.0.0.1:${api.mockPort}</code></li>`,
    );
  }
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>messaging-contracts: API reference</title>
    <style>
      body { font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 3rem auto; padding: 0 1rem; color: #1f2328; }
      li { margin: 0.5rem 0; } span { color: #59636e; } code { font-size: 0.85em; }
    </style>
  </head>
  <body>
    <h1>messaging-contracts</h1>
    <p>Reference pages built from the hand-written OpenAPI 3.1 contracts in <code>specs/</code>.</p>
    <ul>
${rows.join('\n')}
    </ul>
  </body>
</html>
`;
  await mkdir(docsDir, { recursive: true });
  const file = join(docsDir, 'index.html');
  await writeFile(file, html);
  return file;
}

/** @param {string} text */
function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
