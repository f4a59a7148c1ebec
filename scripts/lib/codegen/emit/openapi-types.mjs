// @ts-check
// openapi.ts: openapi-typescript's types of the spec.
import openapiTS, { astToString } from 'openapi-typescript';
import { pathToFileURL } from 'node:url';
import { banner } from '../banner.mjs';

/** @param {import('../../apis.mjs').Api} api */
export async function emitOpenapiTypes(api) {
  const ast = await openapiTS(pathToFileURL(api.root), { alphabetize: false, exportType: false });
  return `${banner(api)}${astToString(ast)}`;
}
