// Path parameters that may hold `/` (the spec's `x-allowSlashes: true`, e.g. Bandwidth v2's media
// IDs `14762070468292kw2fuqty55yp2b2/0/bw.png`). Prism's router matches one segment per
// parameter, so a literal `/` inside such a value would be a 404. Before routing, the sandbox
// folds the extra segments of a path that fits such a template into the last parameter, with
// the `/` percent-encoded (`%2F`), which Prism routes and the core decodes back into the value.
// Only a parameter that is the template's last segment is supported (the only case in the specs).

type Parameter = {
  readonly $ref?: string;
  readonly name?: string;
  readonly in?: string;
  readonly 'x-allowSlashes'?: unknown;
};
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Resolves a local `#/components/parameters/x` reference (bundled specs keep them). */
function resolve(document: object, parameter: Parameter, depth = 0): Parameter | undefined {
  if (typeof parameter?.$ref !== 'string') return parameter;
  if (depth > 8 || !parameter.$ref.startsWith('#/')) return undefined;
  let target: unknown = document;
  for (const key of parameter.$ref.slice(2).split('/'))
    target = (target as Record<string, unknown> | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')];
  return target && typeof target === 'object' ? resolve(document, target as Parameter, depth + 1) : undefined;
}

/** The path templates, split at `/`, whose last segment is a parameter marked `x-allowSlashes`. */
export function slashedTemplates(document: object): string[][] {
  const paths = (document as { paths?: Record<string, Record<string, unknown>> }).paths ?? {};
  const templates: string[][] = [];
  for (const [template, item] of Object.entries(paths)) {
    const last = /^\{(.+)\}$/.exec(template.split('/').at(-1) ?? '')?.[1];
    if (!last || !item) continue;
    const lists = [
      item.parameters,
      ...METHODS.map((method) => (item[method] as { parameters?: unknown } | undefined)?.parameters),
    ];
    const parameters = lists
      .flatMap((list) => (Array.isArray(list) ? (list as Parameter[]) : []))
      .map((parameter) => resolve(document, parameter));
    if (
      parameters.some(
        (parameter) => parameter?.in === 'path' && parameter.name === last && parameter['x-allowSlashes'] === true,
      )
    )
      templates.push(template.split('/'));
  }
  return templates;
}

/** `rawPath` with the extra segments of a slashed template folded into its last parameter, else as is. */
export function foldSlashes(templates: readonly string[][], rawPath: string): string {
  const segments = rawPath.split('/');
  for (const template of templates) {
    if (segments.length <= template.length) continue;
    const head = template.length - 1;
    const fits = template
      .slice(0, head)
      .every((part, index) => (/^\{.+\}$/.test(part) ? segments[index] !== '' : part === segments[index]));
    if (fits && segments.slice(head).every((segment) => segment !== ''))
      return [...segments.slice(0, head), segments.slice(head).join('%2F')].join('/');
  }
  return rawPath;
}
