// How the API process is started, shared by npm start, the bench and the
// browser tests (docker/api.Dockerfile repeats the flags).
//
// V8 flags: with V8's defaults the resident set drifted to 200-280 MB under
// load although the live heap is ~75 MB. An 8 MB semi-space keeps it near
// 150 MB; 2 MB kept it lower but tripled GC time on large reads (a 511-node
// subtree: 2.8 s of GC per 120 requests against 1.0 s), so 8 is the balance.
// The old-space cap makes V8 collect before it grows far past what it keeps.
export const API_NODE_FLAGS = ['--max-semi-space-size=8', '--max-old-space-size=512'];

/** Readable stack traces cost ~300 ms of start-up: on for local runs only. */
export const DEV_NODE_FLAGS = ['--enable-source-maps'];

export const API_MAIN = 'dist/apps/api/apps/api/src/main.js';
