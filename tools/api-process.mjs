// How the API process is started, shared by npm start, the bench and the
// browser tests (docker/api.Dockerfile repeats the flags).
//
// V8 flags: request garbage is short-lived, so a small young generation keeps
// the resident set near the live heap (~165 MB under load instead of ~220 MB
// with V8's defaults, at no measurable throughput cost); the old-space cap
// makes V8 collect before it grows far beyond what the API keeps alive.
export const API_NODE_FLAGS = ['--max-semi-space-size=2', '--max-old-space-size=512'];

/** Readable stack traces cost ~300 ms of start-up: on for local runs only. */
export const DEV_NODE_FLAGS = ['--enable-source-maps'];

export const API_MAIN = 'dist/apps/api/apps/api/src/main.js';
