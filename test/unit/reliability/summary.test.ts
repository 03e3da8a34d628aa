// A root-level hook: after the whole run, print the reliability matrix's counts and write them for
// scripts/reliability-summary.mjs (the README's Reliability section quotes them).
import { formatTally, tallyRows, writeTally } from '../../helpers/reliabilityTally';

after(() => {
  if (tallyRows().length === 0) return;
  console.log(`\n${formatTally()}`);
  writeTally();
});
