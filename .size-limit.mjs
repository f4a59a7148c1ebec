// @ts-check
// What each published package costs a user's bundle, gzipped, with its dependencies (openapi-fetch) bundled in.
// Generated from redocly.yaml via shippedPackages(), so a new API gets an entry without an edit here.
// Checked by tests/packaging/size.test.ts; run by hand with `npx size-limit` at the repository root.
import { join } from 'node:path';
import { importEntry, shippedPackages } from './scripts/lib/pack.mjs';

// Measured 6.3 kB (client: createClient with runtime, parameter rules and openapi-fetch) and 6.1 kB
// (runtime, every export); limits ~25% above. No limit may pass 17 kB, a tenth of bandwidth-sdk's ~170 kB.
const CLIENT_LIMIT = '8 kB';
const SHARED_LIMIT = '7.5 kB';

/** Limits for packages that justifiably need more than the defaults above, by package name. */
const LIMITS = /** @type {Record<string, string>} */ ({});

export default shippedPackages().map((pkg) => {
  const entry = join(pkg.dir, importEntry(pkg.manifest));
  // A client is imported for its createClient (every client exports one); a shared package is measured whole.
  const imported = pkg.api ? '{ createClient }' : '*';
  return {
    name: `${pkg.name} ${imported === '*' ? '(everything)' : imported}`,
    import: { [entry]: imported },
    gzip: true,
    limit: LIMITS[pkg.name] ?? (pkg.api ? CLIENT_LIMIT : SHARED_LIMIT),
  };
});
