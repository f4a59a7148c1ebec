import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext its default import is typed as the module object.
const addFormats = addFormatsPlugin as unknown as (ajv: Ajv2020) => Ajv2020;
import { loadApis, type Api } from '../../scripts/lib/apis.mjs';
import { bundleSpec } from '../../scripts/lib/spec.mjs';

export const apis: Api[] = loadApis();

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** A spec, dereferenced, with a JSON Schema 2020-12 validator that knows OpenAPI's keywords. */
export interface LoadedSpec {
  api: Api;
  document: any;
  validate(schema: object): ValidateFunction;
}

const cache = new Map<string, Promise<LoadedSpec>>();

export function loadSpec(api: Api): Promise<LoadedSpec> {
  let loaded = cache.get(api.name);
  if (!loaded) {
    loaded = (async (): Promise<LoadedSpec> => {
      const document = await bundleSpec(api.root, { dereference: true });
      const ajv = new Ajv2020({ strict: false, allErrors: true });
      addFormats(ajv);
      const compiled = new WeakMap<object, ValidateFunction>();
      return {
        api,
        document,
        validate(schema: object) {
          let validator = compiled.get(schema);
          if (!validator) {
            validator = ajv.compile(schema);
            compiled.set(schema, validator);
          }
          return validator;
        },
      };
    })();
    cache.set(api.name, loaded);
  }
  return loaded;
}

export interface Operation {
  method: (typeof HTTP_METHODS)[number];
  path: string;
  operationId: string;
  parameters: any[];
  operation: any;
}

export function operationsOf(document: any): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<any>(document.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])];
      operations.push({ method, path, operationId: operation.operationId, parameters, operation });
    }
  }
  return operations;
}

/** The operations of the spec's top-level `webhooks` (OpenAPI 3.1); `path` is the webhook's name. */
export function webhooksOf(document: any): Operation[] {
  return operationsOf({ paths: document.webhooks ?? {} });
}

/** The JSON schema of an operation's response with this status, if it has a JSON body. */
export function responseSchema(operation: Operation, status: number | string): object | undefined {
  return operation.operation.responses?.[String(status)]?.content?.['application/json']?.schema;
}

/** Ajv's errors as one readable line each. */
export function describeErrors(validator: ValidateFunction): string {
  return (validator.errors ?? []).map((error) => `${error.instancePath || '(root)'} ${error.message}`).join('\n');
}
