import { existsSync, readFileSync } from 'node:fs';
import { lstat, mkdir, readdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/apis.mjs';
import { startSandbox, type Sandbox } from '@messaging-contracts/sandbox';
import { npmEnv, packInto } from '../../scripts/lib/pack.mjs';
import { describeRun, markedShellBlock, packages, repeatedLines, run, tempDir, type Ran } from './support.js';

// A user's project: installed from the packed tarballs only, strict TypeScript, the README's own example as the program.
const CONSUMER_TSCONFIG = {
  compilerOptions: {
    strict: true,
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    target: 'ES2022',
    lib: ['ES2023', 'DOM'],
    types: ['node'],
    // Off, so the declarations we ship are type-checked too (TypeScript's own lib files are not ours to check).
    skipLibCheck: false,
    skipDefaultLibCheck: true,
    rootDir: 'src',
    outDir: 'out',
  },
  include: ['src'],
};
const TOOLS = ['typescript@5.9.3', '@types/node@20'];

const clients = packages.filter((pkg) => pkg.api !== undefined);

let root: string;
let project: string;
let tsc: Ran;
/** Tarball of each packed package, by package name. */
const tarballs = new Map<string, string>();

/** The README's first ```ts block and the env var it reads the base URL from. */
function readmeExample(readme: string, where: string): { code: string; baseUrlVariable: string } {
  const block = /^```(?:ts|typescript)[ \t]*\r?\n([\s\S]*?)^```/m.exec(readme);
  if (!block)
    throw new Error(
      `${where} has no \`\`\`ts code block: its first one is the example this test installs, type-checks and runs`,
    );
  const code = block[1]!;
  const variables = [
    ...new Set(
      [
        ...code.matchAll(
          /process\.env(?:\.([A-Z][A-Z0-9_]*_BASE_URL)\b|\[\s*['"]([A-Z][A-Z0-9_]*_BASE_URL)['"]\s*\])/g,
        ),
      ].map((match) => match[1] ?? match[2]!),
    ),
  ];
  if (variables.length !== 1) {
    throw new Error(
      `${where}: the first \`\`\`ts block must take its base URL from exactly one process.env.<NAME>_BASE_URL (so this test can point it at the mock); ` +
        (variables.length ? `it reads ${variables.join(', ')}` : 'it reads none'),
    );
  }
  return { code, baseUrlVariable: variables[0]! };
}

// The README's "Receiving callbacks" handler: the ```ts block right after this marker comment.
const CALLBACK_MARKER = '<!-- consumer-test: callback handler -->';

/** The callback handler example of a README, for packages with a `./webhooks` entry. */
function callbackExample(readme: string, where: string): string {
  const at = readme.indexOf(CALLBACK_MARKER);
  const block =
    at === -1
      ? null
      : /^\s*```(?:ts|typescript)[ \t]*\r?\n([\s\S]*?)^```/m.exec(readme.slice(at + CALLBACK_MARKER.length));
  if (!block)
    throw new Error(`${where} has no callback handler example: a \`\`\`ts block right after "${CALLBACK_MARKER}"`);
  return block[1]!;
}

const hasWebhooks = (pkg: (typeof packages)[number]) => Boolean(pkg.manifest.exports?.['./webhooks']);

// Not a possible API name (those are kebab-case), so it cannot clash with an example's file.
const IMPORTS = '__imports';

/** Imports every package, so each one is type-checked and loaded by Node even where no example uses it. */
function importsProgram(): string {
  const lines = packages.map((pkg, index) => `import * as package${index} from '${pkg.name}';`);
  const counts = packages.map((pkg, index) => `console.log('${pkg.name}', Object.keys(package${index}).length);`);
  return [...lines, ...counts, ''].join('\n');
}

const installed = (name: string) => join(project, 'node_modules', ...name.split('/'));

beforeAll(async () => {
  root = await tempDir('packaging-consumer-');
  const tarballDir = join(root, 'tarballs');
  project = join(root, 'project');
  await mkdir(tarballDir);
  await mkdir(join(project, 'src'), { recursive: true });
  const packed = await packInto(
    packages.map((pkg) => pkg.dir),
    tarballDir,
  );
  for (const result of packed) tarballs.set(result.name, result.tarball);

  await writeFile(
    join(project, 'package.json'),
    JSON.stringify({ name: 'packaging-consumer', private: true, type: 'module' }, null, 2),
  );
  await writeFile(join(project, 'tsconfig.json'), JSON.stringify(CONSUMER_TSCONFIG, null, 2));
  const install = await run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      ...packed.map((result) => result.tarball),
      ...TOOLS,
    ],
    {
      cwd: project,
      env: npmEnv(),
      timeoutMs: 170_000,
    },
  );
  if (install.code !== 0) throw new Error(describeRun(`npm install of the tarballs in ${project}`, install));

  // One tsc run for every program: the compiler's start-up is most of its cost.
  await writeFile(join(project, 'src', `${IMPORTS}.ts`), importsProgram());
  for (const pkg of clients) {
    const readme = await readFile(join(installed(pkg.name), 'README.md'), 'utf8').catch(() => undefined);
    if (readme === undefined) continue;
    try {
      await writeFile(join(project, 'src', `${pkg.api!.name}.ts`), readmeExample(readme, pkg.name).code);
    } catch {
      // Reported by the package's own test.
    }
    if (hasWebhooks(pkg)) {
      try {
        await writeFile(join(project, 'src', `${pkg.api!.name}.callbacks.ts`), callbackExample(readme, pkg.name));
      } catch {
        // Reported by the package's own test.
      }
    }
  }
  tsc = await run(
    process.execPath,
    [join(project, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.', '--pretty', 'false'],
    { cwd: project, timeoutMs: 120_000 },
  );
}, 180_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

/** tsc's diagnostics, one per entry, with the file they are about. */
function diagnostics(output: string): { file: string; text: string }[] {
  return output
    .split(/\r?\n(?=\S)/)
    .filter((entry) => entry.trim())
    .map((entry) => ({ file: /^(.+?)\(\d+,\d+\): /.exec(entry)?.[1] ?? '', text: entry.trim() }));
}

async function symlinksLeaving(dir: string, boundary: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      const target = await realpath(path).catch(() => '(dangling)');
      if (!target.startsWith(boundary + sep)) found.push(`${relative(boundary, path)} -> ${target}`);
    } else if (entry.isDirectory()) {
      found.push(...(await symlinksLeaving(path, boundary)));
    }
  }
  return found;
}

describe('a project installed from the packed tarballs', () => {
  it('holds real copies of every package, with no links into the workspace', async () => {
    const links = await symlinksLeaving(join(project, 'node_modules'), project);
    expect(links, `node_modules links outside the temporary project:\n${links.join('\n')}`).toEqual([]);
    for (const pkg of packages) {
      const stat = await lstat(installed(pkg.name)).catch(() => undefined);
      expect(stat?.isDirectory(), `${pkg.name} is not installed as a directory in ${project}/node_modules`).toBe(true);
      expect(
        (await realpath(installed(pkg.name))).startsWith(repoRoot + sep),
        `${pkg.name} resolves into the workspace`,
      ).toBe(false);
    }
  });

  it('loads every package in Node, each with exports', async () => {
    const ran = await run(process.execPath, [join('out', `${IMPORTS}.js`)], { cwd: project, timeoutMs: 25_000 });
    expect(ran.code, describeRun(`Importing ${packages.map((pkg) => pkg.name).join(', ')}`, ran)).toBe(0);
    const counts = new Map(
      ran.stdout
        .trim()
        .split('\n')
        .map((line) => [line.split(' ')[0], Number(line.split(' ')[1])] as const),
    );
    const empty = packages.filter((pkg) => !(counts.get(pkg.name)! > 0)).map((pkg) => pkg.name);
    expect(empty, `These packages load with no exports:\n${ran.stdout}`).toEqual([]);
  });

  it('type-checks the shipped declarations under strict settings (skipLibCheck off)', () => {
    const outside = diagnostics(tsc.stdout).filter(
      ({ file }) => !file.startsWith('src/') || file === `src/${IMPORTS}.ts`,
    );
    expect(
      outside.map(({ text }) => text),
      `tsc reports problems outside the README examples:\n${outside.map(({ text }) => text).join('\n')}\n${tsc.stderr}`,
    ).toEqual([]);
  });
});

describe.each(clients.map((pkg) => [pkg.name, pkg] as const))('%s README example', (name, pkg) => {
  const api = pkg.api!;
  const source = `src/${api.name}.ts`;
  const output = join('out', `${api.name}.js`);
  const example = async () => {
    const readmePath = join(installed(name), 'README.md');
    if (!existsSync(readmePath)) throw new Error(`${name} ships no README.md`);
    return readmeExample(await readFile(readmePath, 'utf8'), `${relative(repoRoot, pkg.dir)}/README.md`);
  };

  it('type-checks in a strict NodeNext project', async () => {
    await example();
    const problems = diagnostics(tsc.stdout).filter(({ file }) => file === source);
    expect(
      problems.map(({ text }) => text),
      `The README example of ${name} does not type-check:\n${problems.map(({ text }) => text).join('\n')}`,
    ).toEqual([]);
    expect(
      existsSync(join(project, output)),
      `tsc emitted no JavaScript for ${source}:\n${tsc.stdout}${tsc.stderr}`,
    ).toBe(true);
  });

  it(`runs against the ${api.name} mock and prints what it got`, async () => {
    const { baseUrlVariable } = await example();
    const baseUrl = inject('mockUrls')[api.name];
    if (!baseUrl) throw new Error(`No mock is running for ${api.name} (see tests/support/global-setup.ts)`);
    // Only PATH and the base URL: the example falls back to its documented defaults for everything else.
    const ran = await run(process.execPath, [output], {
      cwd: project,
      env: { PATH: process.env.PATH, [baseUrlVariable]: baseUrl },
      timeoutMs: 25_000,
    });
    expect(ran.code, describeRun(`The README example of ${name} (${baseUrlVariable}=${baseUrl})`, ran)).toBe(0);
    expect(ran.stdout.trim(), `The README example of ${name} printed nothing`).not.toBe('');
    expect(
      ran.stdout,
      `The README example of ${name} printed a value that was never filled in:\n${ran.stdout}`,
    ).not.toMatch(/\[object Object\]|\bNaN\b/);
  });

  // The "Receiving callbacks" handler: a node:http server that sends itself a callback and exits 0 when it was handled.
  const callbacksSource = `src/${api.name}.callbacks.ts`;
  it.runIf(hasWebhooks(pkg))('callback handler example type-checks and runs', async () => {
    callbackExample(
      await readFile(join(installed(name), 'README.md'), 'utf8'),
      `${relative(repoRoot, pkg.dir)}/README.md`,
    );
    const problems = diagnostics(tsc.stdout).filter(({ file }) => file === callbacksSource);
    expect(
      problems.map(({ text }) => text),
      `The callback handler example of ${name} does not type-check:\n${problems.map(({ text }) => text).join('\n')}`,
    ).toEqual([]);
    const ran = await run(process.execPath, [join('out', `${api.name}.callbacks.js`)], {
      cwd: project,
      env: { PATH: process.env.PATH },
      timeoutMs: 25_000,
    });
    expect(ran.code, describeRun(`The callback handler example of ${name}`, ran)).toBe(0);
    expect(ran.stdout.trim(), `The callback handler example of ${name} printed nothing`).not.toBe('');
  });
});

// What a printed value looks like when the example forgot a case (a field the answer does not carry).
const UNFILLED = /\bundefined\b|\[object Object\]|\bNaN\b/;

/** A package whose README has a quick start: every client, the bundled specs and the sandbox. */
interface ReadmePackage {
  name: string;
  dir: string;
  manifest: Record<string, any>;
  api?: (typeof clients)[number]['api'];
}
const toolPackage = (folder: string): ReadmePackage => {
  const dir = join(repoRoot, 'packages', folder);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return { name: manifest.name, dir, manifest };
};
const readmePackages: ReadmePackage[] = [...clients, toolPackage('specs'), toolPackage('sandbox')];
const manifestOf = (name: string) => [...packages, ...readmePackages].find((pkg) => pkg.name === name)?.manifest;

/** The tarballs that stand for a package name in an `npm install` line: the package and the workspace packages it depends on (unpublished here). */
function tarballsFor(name: string, where: string): string[] {
  const tarball = tarballs.get(name);
  if (!tarball)
    throw new Error(
      `${where} installs ${name}, which is not one of the packed packages (${[...tarballs.keys()].join(', ')})`,
    );
  const dependencies = Object.keys(manifestOf(name)?.dependencies ?? {}).filter((dependency) =>
    tarballs.has(dependency),
  );
  return [tarball, ...dependencies.flatMap((dependency) => tarballsFor(dependency, where))];
}

/**
 * The packages a setup block's `npm install` lines name, without versions, plus the workspace packages
 * those depend on: installing a tarball records its unpublished dependencies' tarballs too.
 */
function namedPackages(commands: string[][]): string[] {
  const named = commands
    .filter(([command, sub]) => command === 'npm' && (sub === 'install' || sub === 'i'))
    .flatMap(([, , ...args]) =>
      args.filter((arg) => !arg.startsWith('-')).map((arg) => arg.replace(/(.)@[^@/]*$/, '$1')),
    );
  const withWorkspaceDependencies = named.flatMap((name) => [
    name,
    ...Object.keys(manifestOf(name)?.dependencies ?? {}).filter((dependency) => tarballs.has(dependency)),
  ]);
  return [...new Set(withWorkspaceDependencies)].sort();
}

/** The example a quick start runs: the first ```ts or ```js block after its run block. */
function quickStartExample(readme: string, where: string): string {
  const at = readme.indexOf('<!-- consumer-test: run -->');
  const block =
    at === -1 ? null : /^```(?:ts|typescript|js|javascript)[ \t]*\r?\n([\s\S]*?)^```/m.exec(readme.slice(at));
  if (!block)
    throw new Error(`${where} has no \`\`\`ts or \`\`\`js example after its "<!-- consumer-test: run -->" block`);
  return block[1]!;
}

/**
 * A new user's first minutes, literally: the README's setup block run line by line in an empty folder
 * (so `npm init -y` writes "type": "commonjs"), with the packed tarballs standing for our package names
 * and registry packages (typescript, tsx, @types/node) installed at the README's pinned versions, from
 * npm's cache when it has them. Then the README's run block, with the example saved under the file name
 * its last line gives: a client's against the stateless mock (Prism's examples) and the stateful
 * sandbox `npm start` serves, pointed there by the one *_BASE_URL variable the example reads.
 */
describe.each(readmePackages.map((pkg) => [pkg.name, pkg] as const))(
  '%s README quick start, as pasted into a fresh `npm init -y` folder',
  (name, pkg) => {
    const api = pkg.api;
    const where = `${relative(repoRoot, pkg.dir)}/README.md`;
    let app: string;
    let readme: string;
    let sandbox: Sandbox | undefined;
    let setupFailure: string | undefined;

    beforeAll(async () => {
      readme = await readFile(join(pkg.dir, 'README.md'), 'utf8');
      if (api) sandbox = await startSandbox({ api: api.name, port: 0 });
      app = join(await tempDir(`readme-${pkg.dir.split(sep).at(-1)}-`), 'my-app');
      await mkdir(app);
      // The clients and the runtime are packed already; the specs and the sandbox (which depends on the specs) here.
      const unpacked = [name, ...Object.keys(pkg.manifest.dependencies ?? {})]
        .filter((dependency) => !tarballs.has(dependency))
        .flatMap((dependency) => readmePackages.filter((candidate) => candidate.name === dependency));
      if (unpacked.length)
        for (const result of await packInto(
          unpacked.map((candidate) => candidate.dir),
          join(root, 'tarballs'),
        ))
          tarballs.set(result.name, result.tarball);
      for (const [command, ...args] of markedShellBlock(readme, 'setup', where)) {
        const literal = [command, ...args].join(' ');
        const installing = command === 'npm' && (args[0] === 'install' || args[0] === 'i');
        const actual = args.flatMap((arg) =>
          arg.startsWith('@messaging-contracts/') ? tarballsFor(arg, where) : [arg],
        );
        // Only quieter and cache-first: what is installed is exactly what the line names.
        if (installing) actual.push('--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error');
        const ran = await run(command!, actual, { cwd: app, env: npmEnv(), timeoutMs: 170_000 });
        if (ran.code !== 0) {
          setupFailure = describeRun(`"${literal}" (setup block of ${where}, in ${app})`, ran);
          return;
        }
      }
    }, 240_000);

    afterAll(async () => {
      await sandbox?.stop();
      if (app) await rm(join(app, '..'), { recursive: true, force: true });
    });

    /** The run block, with the example saved as the file it names; `only: 'last'` runs its last line (the run itself) alone. */
    async function runBlock(baseUrl: string | undefined, only?: 'last'): Promise<Ran> {
      const commands = markedShellBlock(readme, 'run', where);
      const file = commands.at(-1)!.at(-1)!;
      if (!/\.(mts|ts|mjs|js)$/.test(file))
        throw new Error(`${where}: the run block's last line must end with the example's file name, not "${file}"`);
      const code = quickStartExample(readme, where);
      await writeFile(join(app, file), code);
      // npm's settings and the base URL, nothing of ours: the example falls back to its documented defaults for the rest.
      const env: NodeJS.ProcessEnv = Object.fromEntries(
        Object.entries(npmEnv()).filter(([key]) => !/_BASE_URL$/.test(key)),
      );
      if (api) {
        const { code: firstTsBlock, baseUrlVariable } = readmeExample(readme, where);
        expect(
          code,
          `${where}: the quick start must run the README's first \`\`\`ts block (the example the other tests check)`,
        ).toBe(firstTsBlock);
        env[baseUrlVariable] = baseUrl;
      }
      let last: Ran | undefined;
      for (const [command, ...args] of only === 'last' ? commands.slice(-1) : commands) {
        last = await run(command!, args, { cwd: app, env, timeoutMs: 90_000 });
        if (last.code !== 0) return { ...last, stderr: `"${[command, ...args].join(' ')}" failed\n${last.stderr}` };
      }
      return last!;
    }

    function expectCorrectOutput(ran: Ran, against: string) {
      expect(ran.code, describeRun(`The README example of ${name}, run as the README says (${against})`, ran)).toBe(0);
      expect(ran.stdout.trim(), `The README example of ${name} printed nothing (${against})`).not.toBe('');
      const unfilled = ran.stdout.split('\n').filter((line) => UNFILLED.test(line));
      expect(
        unfilled,
        `The README example of ${name} printed a value that was never filled in (${against}):\n${ran.stdout}`,
      ).toEqual([]);
      expect(
        repeatedLines(ran.stdout),
        `The README example of ${name} printed the same line twice (${against}):\n${ran.stdout}`,
      ).toEqual([]);
      expect(ran.stderr.trim(), `The README example of ${name} wrote to stderr (${against})`).toBe('');
    }

    it("sets up with the README's commands: a CommonJS project (npm init -y) with only the packages it names", async () => {
      expect(setupFailure, setupFailure).toBeUndefined();
      const manifest = JSON.parse(await readFile(join(app, 'package.json'), 'utf8'));
      expect(
        manifest.type ?? 'commonjs',
        'npm init -y no longer writes "type": "commonjs"; the README\'s CommonJS note needs a look',
      ).toBe('commonjs');
      const installed = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).sort();
      expect(installed, `the project's dependencies are not what ${where}'s setup block names`).toEqual(
        namedPackages(markedShellBlock(readme, 'setup', where)),
      );
    }, 30_000);

    it(`runs its run block${api ? ' against the stateless mock' : ''}, printing only filled-in values, no line twice`, async () => {
      expect(setupFailure, setupFailure).toBeUndefined();
      const baseUrl = api ? inject('mockUrls')[api.name] : undefined;
      if (api && !baseUrl) throw new Error(`No mock is running for ${api.name} (see tests/support/global-setup.ts)`);
      expectCorrectOutput(await runBlock(baseUrl), api ? `stateless mock ${baseUrl}` : 'no server');
    }, 180_000);

    // Only a client talks to an API.
    if (api) {
      it('runs against the stateful sandbox (what npm start serves), printing only filled-in values, no line twice', async () => {
        expect(setupFailure, setupFailure).toBeUndefined();
        const ran = await runBlock(sandbox!.url, 'last');
        expectCorrectOutput(ran, `stateful sandbox ${sandbox!.url}`);
        // Media is state there: a file the example uploads is what it lists back, not the spec's example names.
        for (const [, uploaded] of quickStartExample(readme, where).matchAll(
          /uploadMedia\([^)]*?\b(?:mediaId|mediaName): '([^']+)'/g,
        )) {
          expect(
            ran.stdout,
            `The README example of ${name} uploads ${uploaded} but the stateful sandbox did not list it:\n${ran.stdout}`,
          ).toContain(uploaded);
        }
      }, 90_000);
    }

    it('loads with require() from a CommonJS file, as the README says', async () => {
      expect(setupFailure, setupFailure).toBeUndefined();
      expect(readme, `${where} says nothing about require()`).toContain(`require('${name}')`);
      await writeFile(join(app, 'require-check.cjs'), `console.log(Object.keys(require('${name}')).length);\n`);
      const ran = await run(process.execPath, ['require-check.cjs'], { cwd: app, timeoutMs: 25_000 });
      expect(ran.code, describeRun(`require('${name}') in a CommonJS file`, ran)).toBe(0);
      expect(Number(ran.stdout.trim()), `require('${name}') gave no exports`).toBeGreaterThan(0);
      expect(ran.stderr, `require('${name}') warns`).toBe('');
    }, 30_000);
  },
);
