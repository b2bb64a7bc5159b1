import { z } from 'zod';

// The app's CSP forbids eval; without this zod probes `Function('')` on the first object parse, and the browser
// reports a CSP violation (tests/e2e/csp.spec.ts). A module of its own, imported first by the app's entry
// (renderer/src/main.tsx) and by shared/schemas/common.ts: whichever chunk parses first, zod is configured
// before it — the section chunks no longer share one bundle with every schema module.
z.config({ jitless: true });
