// @ts-check
// npm run new-api -- <name> --spec <file or folder> [--port <n>]: adopt a spec as a new API.
import { parseArgs } from 'node:util';
import { repoRoot } from './lib/apis.mjs';
import { NewApiError, newApi } from './lib/new-api.mjs';

const HELP = `Usage: npm run new-api -- <name> --spec <file or folder> [--port <n>]

Adds an API to this repository in one step:
  specs/<name>/                         the spec: a single file is bundled and split into one file per
                                        path, webhook and component; a folder (with openapi.yaml) is copied as is
  redocly.yaml                          the one list entry (x-openapi-ts.output, x-mock.port)
  packages/<name>/                      the client package (README with a working first example, LICENSE,
                                        package.json, tsconfig.json, src/index.ts, src/webhooks.ts if the spec
                                        has webhooks); everything else is generated from the spec
  packages/sandbox/src/apis/<name>/     the sandbox folder: errors in the spec's documented error shape (below)
  package-lock.json, node_modules       the new workspace, linked as npm install would
then generates, lints and builds it. The spec must lint clean under redocly.yaml's rules, name its
production server and hold at least one operation; list operations declare their paging with
x-pagination (see specs/README.md). On any failure nothing is left changed.

The sandbox answers every error in the spec's documented error schema (the JSON body of its 4xx
responses, one schema for all). Which field carries what is declared on that schema:
  x-error-fields:
    api_id: request-id     a fresh UUID per answer
    error: message         what went wrong, naming each violation (never a credential or message text)
    code: code             the sandbox's error kind (bad-request, unauthorized, not-found, …)
    status: status         the HTTP status, as a number
    details:               an object property: a map of its own fields, declared the same way
      reason: message
Every required field needs a role, and one field the role message. Without x-error-fields, a schema
whose one required property is a free-text string needs none: that field carries the message. A
spec from which the mapping cannot be derived is refused, naming the declaration to add.

Callbacks are deduplicated on the JSON pointers of x-dedupe-key: on the event schema of a JSON or
form body, or, for a GET callback's query string (or any input without one), on the webhook operation.

Options:
  --spec <path>   the OpenAPI 3.1 file, or a folder holding openapi.yaml
  --port <n>      the sandbox's fixed port for npm start (default: the next free one from 4010)
  -h, --help      this text
`;

/** @type {{ values: { spec?: string, port?: string, help?: boolean }, positionals: string[] }} */
let parsed;
try {
  parsed = parseArgs({
    options: { spec: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
} catch (error) {
  console.error(`${/** @type {Error} */ (error).message}\n\n${HELP}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
if (positionals.length !== 1 || !values.spec) {
  console.error(
    `${positionals.length > 1 ? `one API name expected, got ${positionals.length}` : positionals.length === 0 ? 'the API name is missing' : '--spec is missing'}\n\n${HELP}`,
  );
  process.exit(2);
}
const port = values.port === undefined ? undefined : Number(values.port);
if (port !== undefined && !Number.isInteger(port)) {
  console.error(`--port must be a whole number, got ${values.port}`);
  process.exit(2);
}

const started = Date.now();
try {
  const result = await newApi({
    root: repoRoot,
    name: /** @type {string} */ (positionals[0]),
    spec: values.spec,
    port,
    log: (line) => console.log(line),
  });
  console.log(
    `\n${result.name} is ready (${Math.round((Date.now() - started) / 1000)} s): sandbox port ${result.port}. Review and commit ${result.written.join(', ')}, redocly.yaml and package-lock.json.`,
  );
  console.log(
    `Next: npm test (every contract, sandbox, receiver and packaging test picks it up from redocly.yaml); add the API's state rules to ${result.sandboxFolder}/ as its documents describe them.`,
  );
} catch (error) {
  if (!(error instanceof NewApiError)) throw error;
  console.error(`new-api: ${error.message}${error.details ? `\n\n${error.details}` : ''}\n\nNothing was changed.`);
  process.exit(1);
}
