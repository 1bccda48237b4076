// zod 4 compiles fast parsers with `new Function` when it may, and finds out whether it may by
// trying: under the app's Content Security Policy (no 'unsafe-eval') that try is a CSP violation
// report on every page load. Telling zod not to compile keeps the policy strict and the console
// clean; parsing a scenario stays well under a frame. Imported first by every renderer entry
// point (page and workers), before anything parses.
import { z } from 'zod';

z.config({ jitless: true });
