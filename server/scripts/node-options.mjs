// How Node.js runs the server: the one place that says it. scripts/start.mjs (`npm start`) and the
// benchmark (bench/reads.mjs) start the server with it, and docker/Dockerfile's runtime stage sets
// the same NODE_OPTIONS (server/test/app/node-options.test.ts keeps the two in step).
//
// --max-old-space-size: V8 sizes its heap from the machine's memory (about 4 GB here) and, with
// that much room, lets it grow with the allocation rate before collecting: under 50 concurrent
// requests the server reached 400-440 MB resident although what it keeps alive is far less. With
// a 256 MB old generation it stays near 235 MB at the same load and throughput (issue 10, point 5;
// bench/results). An operator who wants another limit sets NODE_OPTIONS, which is kept as given.
export const SERVER_NODE_OPTIONS = '--max-old-space-size=256';

/** The environment to start the server with: NODE_OPTIONS as set, or the server's own. */
export function withServerNodeOptions(env) {
  return { ...env, NODE_OPTIONS: env.NODE_OPTIONS ?? SERVER_NODE_OPTIONS };
}
