// @ts-check
// `npm run new-api -- <name> --spec <file or folder>`: adopt a spec as a new API of this repository.
// Everything an API needs is either the spec, the one list entry in redocly.yaml, or derived from
// them; this module writes the few files that cannot be generated on every build (the client
// package's manifest and README, the sandbox folder) from templates filled in from the spec.
//
// The command either adds a working API or changes nothing: input is checked (name, spec lint,
// servers, operations) before anything is written, and a failure of a later step (generate, lint,
// build) removes what was written and restores redocly.yaml and package-lock.json.
import { execFile } from 'node:child_process';
import { cp, lstat, mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { errorMapping } from './new-api-errors.mjs';
import { NewApiError } from './new-api-error.mjs';
import { refResolver } from './openapi/refs.mjs';
import { operationsIn } from './openapi/walk.mjs';

export { NewApiError };

/**
 * Every package's build: from an empty dist/, since tsc never deletes the output of a source file
 * that was moved or removed, and a stale module would be packed.
 */
const BUILD_SCRIPT = `node -e "require('node:fs').rmSync('dist', { recursive: true, force: true })" && tsc -p tsconfig.json`;
const templatesDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'templates', 'new-api');
const SCOPE = '@messaging-contracts';
/** Names that are not APIs: workspaces, the sandbox's shared folder, repository folders. */
const RESERVED = new Set([
  'runtime',
  'sandbox',
  'specs',
  'shared',
  'tests',
  'bench',
  'docs',
  'scripts',
  'release',
  'templates',
  'node_modules',
]);
const FIRST_MOCK_PORT = 4010;
/** Ports the repository's other servers use (`npm start`'s docs). */
const TAKEN_PORTS = new Set([8080]);

/**
 * @typedef {object} NewApiOptions
 * @property {string} root           the repository root
 * @property {string} name           the API's name: specs/<name>, packages/<name>, the list key
 * @property {string} spec           a single OpenAPI file (bundled, then split into one file per path/component) or a folder with openapi.yaml (copied as is)
 * @property {number} [port]         the mock's fixed port; default the next free one from 4010
 * @property {(line: string) => void} [log]
 */

/** The errors in a name, or [] when it can be an API's name. */
export function nameProblems(/** @type {string} */ name) {
  const problems = [];
  if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(name))
    problems.push(
      'must be lower-case letters, digits and single hyphens, starting with a letter (e.g. acme-messaging-v1)',
    );
  if (name.length > 60) problems.push('must be at most 60 characters');
  if (RESERVED.has(name))
    problems.push(`is reserved (so are ${[...RESERVED].filter((word) => word !== name).join(', ')})`);
  return problems;
}

/** @param {string} path */
const exists = (path) =>
  lstat(path).then(
    () => true,
    () => false,
  );

/** @param {string} root @param {string} command @param {string[]} args @param {NodeJS.ProcessEnv} [env] */
function runTool(root, command, args, env = {}) {
  // NODE_ENV=test (set by test runners) makes `redocly split` skip writing the entry file.
  const { NODE_ENV: _testRunner, ...inherited } = process.env;
  return new Promise((resolvePromise) => {
    execFile(
      command,
      args,
      {
        cwd: root,
        maxBuffer: 32 * 1024 * 1024,
        env: {
          ...inherited,
          REDOCLY_TELEMETRY: 'off',
          REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
          TURBO_TELEMETRY_DISABLED: '1',
          DO_NOT_TRACK: '1',
          ...env,
        },
      },
      (error, stdout, stderr) => {
        resolvePromise({ ok: !error, output: stripBanners(`${stdout}${stderr}`) });
      },
    );
  });
}

/** Redocly's boxed notices (Node end of life, updates) are noise in a problem report. */
function stripBanners(/** @type {string} */ text) {
  return text
    .split('\n')
    .filter((line) => !/^\s*[╔║╚]/.test(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** @param {string} root */
const redoclyBin = (root) => join(root, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');

/**
 * The spec's entry file: the file itself, or <folder>/openapi.yaml.
 * @param {string} spec
 */
async function specEntry(spec) {
  const info = await stat(spec).catch(() => undefined);
  if (!info) throw new NewApiError(`--spec ${spec}: no such file or folder`);
  if (info.isFile()) return { entry: spec, folder: false };
  const entry = join(spec, 'openapi.yaml');
  if (!(await exists(entry)))
    throw new NewApiError(`--spec ${spec}: a spec folder must hold openapi.yaml (its entry file), as specs/<api>/ do`);
  return { entry, folder: true };
}

/**
 * What the templates need from the (bundled) spec; refuses a spec this repository cannot serve.
 * @param {any} document
 * @param {string} where
 */
export function describeSpec(document, where) {
  const problems = [];
  if (!/^3\.1\./.test(String(document?.openapi ?? '')))
    problems.push(
      `openapi must be 3.1.x (found ${JSON.stringify(document?.openapi ?? null)}): the repository's tools read OpenAPI 3.1`,
    );
  const servers = Array.isArray(document?.servers) ? document.servers : [];
  const production = servers
    .map((/** @type {any} */ server) => server?.url)
    .find((/** @type {unknown} */ url) => typeof url === 'string' && /^https?:\/\/[^{}]+$/.test(url));
  if (!production)
    problems.push(
      'servers must list the production URL (an absolute http(s) URL without variables): the client uses it as its default base URL',
    );
  const operations = operationsIn(document, refResolver(document, where), 'paths');
  if (operations.length === 0) problems.push('paths must hold at least one operation');
  if (problems.length) throw new NewApiError(`${where} cannot become an API:\n  - ${problems.join('\n  - ')}`);
  const webhooks = Object.keys(document.webhooks ?? {});
  return {
    title: String(document.info?.title ?? ''),
    summary: String(document.info?.summary ?? document.info?.description ?? '').split('\n')[0],
    production: /** @type {string} */ (production),
    operations,
    webhooks,
    document,
  };
}

/** The next port from 4010 that no API of the list (nor the docs server) uses. */
function freePort(/** @type {any} */ config) {
  const used = new Set([
    ...TAKEN_PORTS,
    ...Object.values(config?.apis ?? {}).map((entry) => /** @type {any} */ (entry)?.['x-mock']?.port),
  ]);
  let port = FIRST_MOCK_PORT;
  while (used.has(port)) port++;
  return port;
}

/**
 * The list entry, inserted as text at the end of `apis:` so that the file's comments and order stay.
 * @param {string} text @param {string} name @param {number} port
 */
export function addListEntry(text, name, port) {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => /^apis:\s*$/.test(line));
  if (start < 0) throw new NewApiError('redocly.yaml has no `apis:` block to add the entry to');
  let end = start + 1;
  for (let index = start + 1; index < lines.length && (lines[index] === '' || /^\s/.test(lines[index] ?? '')); index++)
    if (lines[index] !== '') end = index + 1;
  const entry = [
    `  ${name}:`,
    `    root: specs/${name}/openapi.yaml`,
    `    x-openapi-ts:`,
    `      output: packages/${name}/src/generated/openapi.ts`,
    `    x-mock:`,
    `      port: ${port}`,
  ];
  lines.splice(end, 0, ...entry);
  return lines.join('\n');
}

/** @param {string} name */
const envPrefix = (name) => name.toUpperCase().replace(/-/g, '_');

/**
 * Fill a template: every `{{key}}` must have a value (a typo in a template fails loudly).
 * @param {string} template @param {Record<string, string>} values @param {string} file
 */
export function fill(template, values, file) {
  return template.replace(/\{\{(\w+)\}\}/g, (_match, key) => {
    if (!(key in values)) throw new Error(`template ${file} uses {{${key}}}, which has no value`);
    return /** @type {string} */ (values[key]);
  });
}

/** A JavaScript literal of an example value, for the README example. @param {unknown} value */
const literal = (value) =>
  typeof value === 'string' ? `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : JSON.stringify(value);

/**
 * The value a parameter is documented with: its example, first example, default or first enum value.
 * @param {any} parameter
 */
function documentedValue(parameter) {
  if (parameter.example !== undefined) return parameter.example;
  const first = Object.values(parameter.examples ?? {})[0];
  if (first && /** @type {any} */ (first).value !== undefined) return /** @type {any} */ (first).value;
  const schema = parameter.schema ?? {};
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
  return undefined;
}

/**
 * The README's first example: a GET whose required parameters all have documented values, called
 * against `<NAME>_BASE_URL` (the project's mock in the tests, production when unset).
 * @param {ReturnType<typeof describeSpec>} spec @param {string} name
 */
export function readmeCall(spec, name) {
  for (const { key: path, method, operation, parameters: all } of spec.operations) {
    if (method !== 'get') continue;
    const parameters = all.filter(
      (parameter) => parameter?.required && (parameter.in === 'path' || parameter.in === 'query'),
    );
    const values = parameters.map((parameter) => ({ parameter, value: documentedValue(parameter) }));
    if (values.some(({ value }) => value === undefined)) continue;
    const group = (/** @type {string} */ where) =>
      values
        .filter(({ parameter }) => parameter.in === where)
        .map(
          ({ parameter, value }) =>
            `${/^[A-Za-z_$][\w$]*$/.test(parameter.name) ? parameter.name : literal(parameter.name)}: ${literal(value)}`,
        );
    const params = /** @type {const} */ (['path', 'query'])
      .map((where) => ({ where, fields: group(where) }))
      .filter(({ fields }) => fields.length)
      .map(({ where, fields }) => `${where}: { ${fields.join(', ')} }`);
    const options = params.length ? `, { params: { ${params.join(', ')} } }` : '';
    return {
      path,
      operationId: String(operation.operationId ?? `GET ${path}`),
      call: `client.GET(${literal(path)}${options})`,
    };
  }
  throw new NewApiError(
    `the spec of ${name} has no GET operation whose required parameters all have an example, default or enum: the README's first example needs one to call`,
  );
}

/**
 * The README's credentials, by the spec's security scheme: HTTP Basic or a bearer token (what the runtime sends).
 * @param {ReturnType<typeof describeSpec>} spec @param {string} name @param {string} envName
 */
function clientCredentials(spec, name, envName) {
  const schemes = /** @type {Record<string, any>} */ (spec.document.components?.securitySchemes ?? {});
  /** @type {string[]} */
  const used = (spec.document.security ?? []).flatMap((/** @type {object} */ requirement) =>
    Object.keys(requirement ?? {}),
  );
  const types = used
    .map((key) => schemes[key])
    .filter(Boolean)
    .map((/** @type {any} */ scheme) =>
      scheme.type === 'http' ? String(scheme.scheme).toLowerCase() : String(scheme.type),
    );
  if (types.includes('basic') || types.length === 0) {
    return `  username: process.env.${envName}_USERNAME ?? 'user',\n  password: process.env.${envName}_PASSWORD ?? 'password',`;
  }
  if (types.includes('bearer') || types.includes('oauth2'))
    return `  accessToken: process.env.${envName}_TOKEN ?? 'token',`;
  throw new NewApiError(
    `the spec of ${name} authenticates with ${types.join(', ')}; the runtime sends HTTP Basic credentials or a bearer token`,
  );
}

/**
 * The README's callback example: the field that names an event's type (a required property with a
 * single-value enum or const, as specs/README.md asks of every event schema) and a documented example.
 * @param {ReturnType<typeof describeSpec>} spec @param {string} name
 */
function webhookExample(spec, name) {
  for (const webhook of spec.webhooks) {
    const item = spec.document.webhooks[webhook] ?? {};
    const operation = item.post ?? item.get;
    const content = operation?.requestBody?.content ?? {};
    const media = content['application/json'] ?? content['application/x-www-form-urlencoded'];
    const schema = media?.schema;
    const example = media?.example ?? /** @type {any} */ (Object.values(media?.examples ?? {})[0])?.value;
    if (!schema || example === undefined) continue;
    const envelope = schema.type === 'array';
    const eventSchema = envelope ? schema.items : schema;
    const event = envelope ? example[0] : example;
    // One event schema, or a oneOf/anyOf of them: the field is required and a constant in each.
    const variants = /** @type {any[]} */ (eventSchema?.oneOf ?? eventSchema?.anyOf ?? [eventSchema]);
    const constant = (/** @type {any} */ variant, /** @type {string} */ key) => {
      const property = variant?.properties?.[key];
      return (
        (variant?.required ?? []).includes(key) &&
        (property?.const !== undefined || (Array.isArray(property?.enum) && property.enum.length === 1))
      );
    };
    const typeField = Object.keys(variants[0]?.properties ?? {}).find((key) =>
      variants.every((variant) => constant(variant, key)),
    );
    if (!typeField || event === undefined) continue;
    // No security requirement, or an empty one among them: callbacks may come without credentials.
    const requirements = /** @type {object[]} */ (operation.security ?? spec.document.security ?? []);
    const open =
      requirements.length === 0 || requirements.some((requirement) => Object.keys(requirement ?? {}).length === 0);
    return {
      webhookNames: spec.webhooks.map((hook) => `\`${hook}\``).join(', '),
      eventTypeField: typeField,
      exampleWebhook: webhook,
      exampleEvent: JSON.stringify(event, null, 2).replace(/\n/g, '\n  '),
      exampleEventArgument: envelope ? '[event]' : 'event',
      callbackCredentials: open
        ? '// The contract documents no credentials on callbacks: accept them without (keep the URL unguessable).\nconst credentials = false;'
        : "// The HTTP Basic credentials you configured for callbacks.\nconst credentials = { username: process.env.CALLBACK_USERNAME ?? 'callback-user', password: process.env.CALLBACK_PASSWORD ?? 'change-me' };",
    };
  }
  throw new NewApiError(
    `the webhooks of ${name} need a documented example and an event-type field (a required property with a single-value enum or const) for the receiver and its README example`,
  );
}

/**
 * The client package's manifest: the fields every client package has.
 * @param {string} name @param {ReturnType<typeof describeSpec>} spec
 */
function packageManifest(name, spec) {
  return {
    name: `${SCOPE}/${name}`,
    version: '0.1.0',
    description: `Typed client of the ${spec.title || name}, generated from its OpenAPI 3.1 contract.`,
    license: 'MIT',
    type: 'module',
    sideEffects: false,
    exports: {
      '.': { types: './dist/index.d.ts', default: './dist/index.js' },
      ...(spec.webhooks.length
        ? { './webhooks': { types: './dist/webhooks.d.ts', default: './dist/webhooks.js' } }
        : {}),
      './package.json': './package.json',
    },
    types: './dist/index.d.ts',
    files: ['dist', '!dist/**/*.map', 'README.md', 'LICENSE'],
    engines: { node: '>=20.19.0' },
    keywords: [...name.split('-').filter((part) => !/^v\d+$/.test(part)), 'openapi', 'openapi-fetch'],
    scripts: { build: BUILD_SCRIPT },
    dependencies: { [`${SCOPE}/runtime`]: '0.1.0' },
  };
}

/**
 * @param {NewApiOptions} options
 * @returns {Promise<{ name: string, port: number, written: string[], sandboxFolder: string }>}
 */
export async function newApi(options) {
  const { root, name } = options;
  const log = options.log ?? (() => {});
  const problems = nameProblems(name);
  if (problems.length) throw new NewApiError(`"${name}" is not a valid API name: it ${problems.join('; it ')}`);
  const configPath = join(root, 'redocly.yaml');
  const configText = await readFile(configPath, 'utf8');
  const config = parse(configText);
  const targets = {
    spec: join(root, 'specs', name),
    package: join(root, 'packages', name),
    sandbox: join(root, 'packages', 'sandbox', 'src', 'apis', name),
  };
  if (config?.apis?.[name]) throw new NewApiError(`${name} is already an API: redocly.yaml lists it`);
  for (const target of Object.values(targets))
    if (await exists(target)) throw new NewApiError(`${name} already exists: ${relative(root, target)} is there`);
  const port = options.port ?? freePort(config);
  if (!Number.isInteger(port) || port < 1024 || port > 65535)
    throw new NewApiError(`--port must be a port number from 1024 to 65535`);
  const portOwner = Object.entries(config?.apis ?? {}).find(
    ([, entry]) => /** @type {any} */ (entry)?.['x-mock']?.port === port,
  );
  if (portOwner || TAKEN_PORTS.has(port))
    throw new NewApiError(`port ${port} is taken${portOwner ? ` by ${portOwner[0]}` : ''}`);

  // 1. The spec must lint clean under the repository's rules before anything is written.
  const source = resolve(options.spec);
  const { entry, folder } = await specEntry(source);
  log(`linting ${relative(process.cwd(), entry)} with the repository's rules…`);
  const lint = await runTool(root, process.execPath, [
    redoclyBin(root),
    'lint',
    entry,
    '--config',
    configPath,
    '--format=codeframe',
  ]);
  if (!lint.ok)
    throw new NewApiError(
      `the spec does not lint clean under the repository's rules (redocly.yaml); fix these problems first:`,
      lint.output,
    );
  const work = await mkdtemp(join(tmpdir(), 'new-api-'));
  /** @type {string[]} */
  const written = [];
  const lockPath = join(root, 'package-lock.json');
  const lockText = await readFile(lockPath, 'utf8').catch(() => undefined);
  const link = join(root, 'node_modules', SCOPE, name);
  let configChanged = false;
  try {
    const bundled = join(work, 'openapi.yaml');
    const bundle = await runTool(root, process.execPath, [
      redoclyBin(root),
      'bundle',
      entry,
      '--output',
      bundled,
      '--config',
      configPath,
    ]);
    if (!bundle.ok) throw new NewApiError(`redocly could not bundle ${entry}:`, bundle.output);
    // The templates read a dereferenced copy; the spec itself keeps its $refs.
    const dereferenced = join(work, 'dereferenced.json');
    const flat = await runTool(root, process.execPath, [
      redoclyBin(root),
      'bundle',
      entry,
      '--dereferenced',
      '--output',
      dereferenced,
      '--config',
      configPath,
    ]);
    if (!flat.ok) throw new NewApiError(`redocly could not dereference ${entry}:`, flat.output);
    const spec = describeSpec(JSON.parse(await readFile(dereferenced, 'utf8')), relative(process.cwd(), entry));
    const call = readmeCall(spec, name);
    // The sandbox folder's error mapping; a spec it cannot be derived from is refused here, before anything is written.
    const errors = errorMapping(spec, name);

    // 2. specs/<name>/: a folder as is; a single file split into one file per path, webhook and component.
    written.push(targets.spec);
    if (folder) {
      await cp(source, targets.spec, { recursive: true });
    } else {
      const split = await runTool(root, process.execPath, [
        redoclyBin(root),
        'split',
        bundled,
        '--outDir',
        targets.spec,
      ]);
      if (!split.ok || !(await exists(join(targets.spec, 'openapi.yaml'))))
        throw new NewApiError(`redocly could not split ${entry}:`, split.output);
    }
    log(`wrote ${relative(root, targets.spec)}/`);

    // 3. The one list entry.
    const listed = addListEntry(configText, name, port);
    if (parse(listed)?.apis?.[name]?.['x-mock']?.port !== port)
      throw new NewApiError(
        `could not add ${name} to the apis: of redocly.yaml (its layout is unusual); add the entry by hand`,
      );
    await writeFile(configPath, listed);
    configChanged = true;
    log(`added ${name} to redocly.yaml (mock port ${port})`);

    // 4. The client package and the sandbox folder, from the templates.
    const envName = envPrefix(name);
    const values = {
      name,
      packageName: `${SCOPE}/${name}`,
      pascalName: name
        .split('-')
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join(''),
      title: spec.title || name,
      summary: (spec.summary || spec.title || name).replace(/\.$/, ''),
      productionBaseUrl: spec.production,
      envPrefix: envName,
      port: String(port),
      credentials: clientCredentials(spec, name, envName),
      exampleOperationId: call.operationId,
      exampleCall: call.call,
      webhooksSection: '',
      errorSchema: errors.where,
      errorFields: errors.fields,
      errorImports: errors.imports.map((line) => `${line}\n`).join(''),
      errorBody: errors.body,
    };
    if (spec.webhooks.length)
      values.webhooksSection = fill(
        await readFile(join(templatesDir, 'snippets', 'README-webhooks.md.snippet'), 'utf8'),
        { ...values, ...webhookExample(spec, name) },
        'snippets/README-webhooks.md.snippet',
      );
    written.push(targets.package);
    await writeTemplates(join(templatesDir, 'package'), targets.package, values, {
      webhooks: spec.webhooks.length > 0,
    });
    await writeFile(join(targets.package, 'package.json'), `${JSON.stringify(packageManifest(name, spec), null, 2)}\n`);
    await cp(join(root, 'LICENSE'), join(targets.package, 'LICENSE'));
    log(`wrote ${relative(root, targets.package)}/`);
    written.push(targets.sandbox);
    await writeTemplates(join(templatesDir, 'sandbox'), targets.sandbox, values, {});
    log(`wrote ${relative(root, targets.sandbox)}/ (errors in the shape of ${errors.where}: ${errors.fields})`);

    // 5. Link the workspace (what `npm install` does for a workspace whose dependencies are installed):
    //    record it in package-lock.json and link node_modules/@messaging-contracts/<name>.
    log('linking the workspace (package-lock.json, node_modules)…');
    const npm = await runTool(root, 'npm', [
      'install',
      '--package-lock-only',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
    ]);
    if (!npm.ok) throw new NewApiError('npm could not add the workspace to package-lock.json:', npm.output);
    await mkdir(dirname(link), { recursive: true });
    await symlink(relative(dirname(link), targets.package), link);

    // 6. The pipeline: generate, lint as listed, build the package, the sandbox and the bundled specs.
    for (const [what, command, args] of /** @type {[string, string, string[]][]} */ ([
      ['generate', process.execPath, [join(root, 'scripts', 'generate.mjs'), name]],
      ['lint', process.execPath, [redoclyBin(root), 'lint', name]],
      [
        'build',
        process.execPath,
        [
          join(root, 'node_modules', 'turbo', 'bin', 'turbo'),
          'run',
          'build',
          `--filter=${SCOPE}/${name}`,
          `--filter=${SCOPE}/sandbox`,
          `--filter=${SCOPE}/specs`,
          '--output-logs=errors-only',
        ],
      ],
    ])) {
      log(`${what}…`);
      const result = await runTool(root, command, args);
      if (!result.ok) throw new NewApiError(`${what} failed for ${name}:`, result.output);
    }
    return {
      name,
      port,
      written: written.map((path) => relative(root, path)),
      sandboxFolder: relative(root, targets.sandbox),
    };
  } catch (error) {
    // Leave the repository as it was.
    for (const path of written) await rm(path, { recursive: true, force: true });
    await rm(link, { force: true });
    if (configChanged) await writeFile(configPath, configText);
    if (lockText !== undefined && (await readFile(lockPath, 'utf8').catch(() => undefined)) !== lockText)
      await writeFile(lockPath, lockText);
    throw error;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Copy a template folder, filling every `*.tmpl` file (written without the suffix). A file named
 * `<name>.if-<flag>.tmpl` is written as `<name>` only when the flag is set.
 * @param {string} from @param {string} to @param {Record<string, string>} values @param {Record<string, boolean>} flags
 */
async function writeTemplates(from, to, values, flags) {
  for (const entry of await readdir(from, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const parts = /^(.*?)(?:\.if-(\w+))?\.tmpl$/.exec(entry.name);
    if (!parts) throw new Error(`template ${relative(templatesDir, file)} must end in .tmpl`);
    if (parts[2] && !flags[parts[2]]) continue;
    const target = join(to, relative(from, entry.parentPath), /** @type {string} */ (parts[1]));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, fill(await readFile(file, 'utf8'), values, relative(templatesDir, file)));
  }
}
