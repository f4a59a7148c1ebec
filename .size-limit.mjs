// @ts-check
// What each published package costs a user's bundle, gzipped, with its dependencies (openapi-fetch) bundled in.
// Generated from redocly.yaml via shippedPackages(), so a new API gets an entry without an edit here.
// Checked by tests/packaging/size.test.ts; run by hand with `npx size-limit` at the repository root.
import { join } from 'node:path';
import { importEntry, shippedPackages } from './scripts/lib/pack.mjs';

// Measured 6.3 kB (client: createClient with runtime, parameter rules and openapi-fetch) and 6.1 kB
// (runtime, every export); limits ~25% above. No limit may pass 17 kB, a tenth of bandwidth-sdk's ~170 kB.
// Issue 12 (hardening: body timeout and size cap, redirect policy, typed per-status errors, request
// ids, redacting logger, node:http transport) grew them to 12.3 kB (client) and 12.3 kB (runtime,
// every export of its main entry; the callback receiver is its `./webhooks` subpath, measured below).
// The client limit is ~8% above that; the runtime's is at the 17 kB ceiling.
const CLIENT_LIMIT = '13.3 kB';
const SHARED_LIMIT = '17 kB';

// A callback receiver (a client's `./webhooks`: the runtime's receiver, `@messaging-contracts/runtime/webhooks`,
// 5.7 kB, plus the API's validators compiled from its spec), measured on its own: 10.2 kB (Bandwidth v2,
// the largest), 9.6 kB (v1), 7.3 kB (Fone Dynamics). A send-only program never includes it
// (tests/webhooks/tree-shaking.test.ts).
const WEBHOOKS_LIMIT = '12.5 kB';

/** Limits for packages that justifiably need more than the defaults above, by package name. */
const LIMITS = /** @type {Record<string, string>} */ ({});

export default shippedPackages().flatMap((pkg) => {
  const entry = join(pkg.dir, importEntry(pkg.manifest));
  // A client is imported for its createClient (every client exports one); a shared package is measured whole.
  const imported = pkg.api ? '{ createClient }' : '*';
  const webhooks = pkg.manifest.exports?.['./webhooks']?.default;
  return [
    {
      name: `${pkg.name} ${imported === '*' ? '(everything)' : imported}`,
      import: { [entry]: imported },
      gzip: true,
      limit: LIMITS[pkg.name] ?? (pkg.api ? CLIENT_LIMIT : SHARED_LIMIT),
    },
    ...(typeof webhooks === 'string'
      ? [
          {
            name: `${pkg.name}/webhooks { createCallbackReceiver }`,
            import: { [join(pkg.dir, webhooks)]: '{ createCallbackReceiver }' },
            gzip: true,
            limit: WEBHOOKS_LIMIT,
          },
        ]
      : []),
  ];
});
