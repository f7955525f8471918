/**
 * Property tests run with a fixed seed, so `npm test` (and CI) is reproducible: a property that fails
 * fails every time, with its counterexample. To explore new inputs run `FC_SEED=random npm test`, or
 * `FC_SEED=<n>` to replay a seed that fast-check printed.
 */
import fc from 'fast-check';

const raw = process.env['FC_SEED'];
if (raw !== 'random') fc.configureGlobal({ seed: raw ? Number(raw) : 20261121 });
