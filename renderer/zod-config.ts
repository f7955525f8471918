/**
 * Zod 4 compiles fast object parsers with `new Function` unless told not to, and probes for it at
 * first use; under our CSP (no 'unsafe-eval') that probe is a CSP violation. Jitless mode parses
 * without eval. Imported first by main.tsx.
 */
import { z } from 'zod';

z.config({ jitless: true });
