// How the API process is started, shared by npm start, the bench and the
// browser tests (docker/api.Dockerfile repeats the flags).
//
// V8 flags: with V8's defaults the resident set drifted to 200-280 MB under
// load although the live heap is ~75 MB. A capped semi-space keeps it lower;
// 2 MB tripled GC time on large reads and 8 MB still spent a quarter of the
// CPU of a 511-node subtree read in GC, so 16 is the balance (the bench
// reports the resident set after its heaviest load too).
// The old-space cap makes V8 collect before it grows far past what it keeps.
export const API_NODE_FLAGS = ['--max-semi-space-size=16', '--max-old-space-size=512'];

/** Readable stack traces cost ~300 ms of start-up: on for local runs only. */
export const DEV_NODE_FLAGS = ['--enable-source-maps'];

/** The bundled server (tools/build-api.mjs). */
export const API_MAIN = 'dist/apps/api/main.js';
