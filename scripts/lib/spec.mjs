// @ts-check
// A spec bundled into one document, exactly as `redocly build-docs` embeds it.
import { bundle, loadConfig } from '@redocly/openapi-core';
import { redoclyConfigPath } from './apis.mjs';

/** @type {Promise<import('@redocly/openapi-core').Config> | undefined} */
let config;

/**
 * @param {string} root the spec's entry file
 * @param {{ dereference?: boolean }} [options]
 * @returns {Promise<any>}
 */
export async function bundleSpec(root, { dereference = false } = {}) {
  config ??= loadConfig({ configPath: redoclyConfigPath });
  const { bundle: result, problems } = await bundle({ ref: root, config: await config, dereference });
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length) throw new Error(`${root} does not bundle: ${errors.map((problem) => problem.message).join('; ')}`);
  return result.parsed;
}
