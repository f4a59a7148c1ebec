// @ts-check
// webhooks.ts: the typed description of every webhook operation that the runtime's receiver reads
// (method, content types, envelope, event branches, dedupe fields, auth), pointing at the compiled
// validators.
import { banner } from '../banner.mjs';
import { FORMATS } from './webhook-validators.mjs';

/**
 * @param {import('../../apis.mjs').Api} api
 * @param {import('../checks/webhooks.mjs').WebhooksPlan} plan
 */
export function emitWebhooks(api, plan) {
  const { operations, unsupported } = plan;
  const unchecked = [...plan.formatsUsed]
    .filter((format) => FORMATS[format] === undefined || FORMATS[format] === true)
    .sort();
  const validatorRef = (/** @type {'json' | 'form'} */ parse, /** @type {string} */ name) => `${parse}.${name}`;
  const lines = [
    banner(api, ' (its `webhooks`)').trimEnd(),
    "import type { WebhookOperation } from '@messaging-contracts/runtime/webhooks';",
    ...(plan.validators.json.names.length ? ["import * as json from './webhook-validators.js';"] : []),
    ...(plan.validators.form.names.length ? ["import * as form from './webhook-form-validators.js';"] : []),
    '',
    unchecked.length
      ? `// Formats the spec uses that are not checked (annotations only): ${unchecked.join(', ')}.`
      : '// Every format the spec uses is checked.',
    ...(unsupported.length
      ? [`// Request bodies the receiver cannot parse (answered 415): ${unsupported.join('; ')}.`]
      : []),
    '/** Every webhook operation of the spec: what the receiver accepts and how it validates it. */',
    'export const webhookOperations = [',
  ];
  for (const operation of operations) {
    lines.push('  {');
    lines.push(`    webhook: ${JSON.stringify(operation.webhook)},`);
    lines.push(`    method: ${JSON.stringify(operation.method)},`);
    lines.push(`    operationId: ${JSON.stringify(operation.operationId)},`);
    lines.push(`    basicAuth: ${operation.basicAuth},`);
    lines.push('    inputs: [');
    for (const input of operation.inputs) {
      lines.push('      {');
      lines.push(`        in: ${JSON.stringify(input.in)},`);
      lines.push(`        mediaType: ${JSON.stringify(input.mediaType)},`);
      lines.push(`        parse: ${JSON.stringify(input.parse)},`);
      lines.push(`        envelope: ${JSON.stringify(input.envelope)},`);
      lines.push(`        exact: ${input.exact},`);
      lines.push(
        `        discriminator: ${input.discriminator === undefined ? 'undefined' : JSON.stringify(input.discriminator)},`,
      );
      lines.push(
        `        dedupeKey: ${input.dedupeKey === undefined ? 'undefined' : JSON.stringify(input.dedupeKey)},`,
      );
      lines.push(`        validate: ${validatorRef(input.parse, input.exportName)},`);
      lines.push('        events: [');
      for (const event of input.events) {
        lines.push(
          `          { constants: ${JSON.stringify(event.constants)}, validate: ${validatorRef(input.parse, event.exportName)} },`,
        );
      }
      lines.push('        ],');
      lines.push('      },');
    }
    lines.push('    ],');
    lines.push('  },');
  }
  lines.push('] as const satisfies readonly WebhookOperation[];', '');
  return lines.join('\n');
}
