// @ts-check
// npm run verify:drift [-- words]: prove that every catalogued fault (or those whose name contains
// the words) is caught by the contract checks.
import { FAULTS, verifyDrift } from './lib/drift.mjs';

const started = Date.now();
console.log('Applying each catalogued fault to its own copy of the repository and checking every copy at once…\n');
let holes = 0;
const only = process.argv.slice(2).join(' ');
await verifyDrift({
  faults: FAULTS.filter((fault) => fault.name.includes(only)),
  onResult({ fault, caughtBy }) {
    const missed = fault.expectedBy.filter((check) => !caughtBy.includes(check));
    const ok = caughtBy.length > 0 && missed.length === 0;
    if (!ok) holes++;
    console.log(`${ok ? 'caught ' : 'MISSED '} ${fault.name}`);
    console.log(
      `         caught by: ${caughtBy.join(', ') || 'nothing'}${missed.length ? `; expected also: ${missed.join(', ')}` : ''}`,
    );
  },
});
console.log(
  `\n${holes === 0 ? 'Every fault was caught' : `${holes} fault(s) slipped through`} (${Math.round((Date.now() - started) / 1000)} s).`,
);
process.exit(holes === 0 ? 0 : 1);
