// @ts-check
// Names a generated export must not take, read by the TypeScript compiler: what the runtime's main
// entry exports (a package's client.ts re-exports it, so an alias of the same name would clash) and
// the globals of the packages' `lib` (an alias named `Error` or `Date` would shadow them).
import { join } from 'node:path';
import ts from 'typescript';
import { repoRoot } from '../apis.mjs';

const RUNTIME_INDEX = join(repoRoot, 'packages', 'runtime', 'src', 'index.ts');
/** A file of no content, whose scope is exactly the globals of `lib`. */
const EMPTY_FILE = join(repoRoot, 'packages', 'runtime', 'src', '__globals__.ts');

/** @type {{ runtime: Set<string>, globals: Set<string> } | undefined} */
let names;

function load() {
  const base = ts.readConfigFile(join(repoRoot, 'tsconfig.base.json'), ts.sys.readFile);
  if (base.error) throw new Error(ts.flattenDiagnosticMessageText(base.error.messageText, '\n'));
  const { options, errors } = ts.convertCompilerOptionsFromJson(base.config.compilerOptions, repoRoot);
  if (errors.length)
    throw new Error(errors.map((error) => ts.flattenDiagnosticMessageText(error.messageText, '\n')).join('\n'));
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, ...rest) =>
    file === EMPTY_FILE ? ts.createSourceFile(file, 'export {};\n', language) : getSourceFile(file, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => file === EMPTY_FILE || fileExists(file);
  const program = ts.createProgram({
    rootNames: [RUNTIME_INDEX, EMPTY_FILE],
    options: { ...options, noEmit: true },
    host,
  });
  const checker = program.getTypeChecker();
  const index = program.getSourceFile(RUNTIME_INDEX);
  const module = index && checker.getSymbolAtLocation(index);
  if (!module) throw new Error(`TypeScript could not read ${RUNTIME_INDEX} as a module`);
  const empty = /** @type {ts.SourceFile} */ (program.getSourceFile(EMPTY_FILE));
  const scope = checker.getSymbolsInScope(empty, ts.SymbolFlags.Type);
  return {
    runtime: new Set(checker.getExportsOfModule(module).map((symbol) => symbol.name)),
    globals: new Set(scope.map((symbol) => symbol.name)),
  };
}

/** The names the runtime's main entry exports (values and types). */
export function runtimeExports() {
  names ??= load();
  return names.runtime;
}

/** The global type names of the packages' `lib` (tsconfig.base.json): a generated type alias of one would shadow it. */
export function globalNames() {
  names ??= load();
  return names.globals;
}
