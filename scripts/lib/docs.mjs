// @ts-check
// Building the Redoc pages: one self-contained HTML file per API plus an index that links them.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
 * What an API's page documents: its bundled spec, plus the local mock as a second server, so a reader
 * can point "try it" tools and copied URLs at 127.0.0.1 (the port comes from the API list, like `npm start`'s).
 * The contract itself names only the provider's servers.
 * @param {import('./apis.mjs').Api} api
 */
export async function docsDefinition(api) {
  const spec = await bundleSpec(api.root);
  const local = {
    url: `http://127.0.0.1:${api.mockPort}`,
    // Redoc prints server descriptions as plain text.
    description: `Local sandbox (npm start in this repository, or npx messaging-sandbox ${api.name} --port ${api.mockPort})`,
  };
  return { ...spec, servers: [...(spec.servers ?? []), local] };
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
  return keepOffline(outputFile);
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

/** @param {string} file */
async function keepOffline(file) {
  let html = await readFile(file, 'utf8');
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
