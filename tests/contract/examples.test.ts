import { describe, expect, it } from 'vitest';
import { apis, describeErrors, HTTP_METHODS, loadSpec, type LoadedSpec } from '../support/spec.js';

interface Example {
  where: string;
  schema: object;
  value: unknown;
}

/** Every example of a spec with the schema it must satisfy: media types, parameters, headers and schemas. */
function collectExamples(document: any): Example[] {
  const found: Example[] = [];
  const fromHolder = (where: string, holder: any, schema: object | undefined) => {
    if (!holder || !schema) return;
    if ('example' in holder) found.push({ where: `${where} example`, schema, value: holder.example });
    for (const [name, example] of Object.entries<any>(holder.examples ?? {})) {
      if (example && 'value' in example)
        found.push({ where: `${where} examples.${name}`, schema, value: example.value });
    }
  };
  const fromSchema = (where: string, schema: any, seen = new Set<object>()) => {
    if (!schema || typeof schema !== 'object' || seen.has(schema)) return;
    seen.add(schema);
    if (Array.isArray(schema.examples))
      schema.examples.forEach((value: unknown, index: number) => {
        found.push({ where: `${where} examples[${index}]`, schema, value });
      });
    if ('example' in schema) found.push({ where: `${where} example`, schema, value: schema.example });
    for (const [name, property] of Object.entries<any>(schema.properties ?? {}))
      fromSchema(`${where}.${name}`, property, seen);
    if (schema.items) fromSchema(`${where}[]`, schema.items, seen);
    for (const key of ['oneOf', 'anyOf', 'allOf'] as const)
      (schema[key] ?? []).forEach((part: any, index: number) => {
        fromSchema(`${where}.${key}[${index}]`, part, seen);
      });
  };

  // Webhooks (OpenAPI 3.1) are operations too; their key (the webhook's name) stands in for the path.
  for (const [path, item] of [
    ...Object.entries<any>(document.paths ?? {}),
    ...Object.entries<any>(document.webhooks ?? {}),
  ]) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const at = `${method.toUpperCase()} ${path}`;
      for (const parameter of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
        fromHolder(`${at} parameter ${parameter.name}`, parameter, parameter.schema);
        fromSchema(`${at} parameter ${parameter.name} schema`, parameter.schema);
      }
      for (const [type, media] of Object.entries<any>(operation.requestBody?.content ?? {})) {
        fromHolder(`${at} request ${type}`, media, media.schema);
        fromSchema(`${at} request schema`, media.schema);
      }
      for (const [status, response] of Object.entries<any>(operation.responses ?? {})) {
        for (const [type, media] of Object.entries<any>(response.content ?? {})) {
          fromHolder(`${at} ${status} ${type}`, media, media.schema);
          fromSchema(`${at} ${status} schema`, media.schema);
        }
        for (const [name, header] of Object.entries<any>(response.headers ?? {}))
          fromHolder(`${at} ${status} header ${name}`, header, header.schema);
      }
    }
  }
  return found;
}

/** Every schema with `x-enumDescriptions`, anywhere in the document. */
function enumDescriptionHolders(
  node: any,
  path = '#',
  found: Array<{ path: string; schema: any }> = [],
  seen = new Set<object>(),
) {
  if (!node || typeof node !== 'object' || seen.has(node)) return found;
  seen.add(node);
  if (node['x-enumDescriptions']) found.push({ path, schema: node });
  for (const [key, value] of Object.entries(node)) enumDescriptionHolders(value, `${path}/${key}`, found, seen);
  return found;
}

describe.each(apis.map((api) => [api.name, api] as const))('%s examples', (_name, api) => {
  let spec: LoadedSpec;
  const load = async () => (spec ??= await loadSpec(api));

  it('has examples, and every one validates against its schema', async () => {
    const { document, validate } = await load();
    const examples = collectExamples(document);
    expect(examples.length).toBeGreaterThan(0);
    const failures = examples.flatMap(({ where, schema, value }) => {
      const validator = validate(schema);
      return validator(value) ? [] : [`${where}:\n${describeErrors(validator)}`];
    });
    expect(failures).toEqual([]);
  });

  it('describes every enum value in x-enumDescriptions, and nothing else', async () => {
    const { document } = await load();
    for (const { path, schema } of enumDescriptionHolders(document)) {
      const described = Object.keys(schema['x-enumDescriptions']).sort();
      const values = (schema.enum ?? []).map(String).sort();
      expect(described, `${path}: x-enumDescriptions keys vs enum`).toEqual(values);
    }
  });
});
