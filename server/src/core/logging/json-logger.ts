// The in-house JSON logger is gone: the server logs through pino (logger.ts). These names stay
// only so that the files outside core/logging that still import them compile unchanged; import
// AppLogger and LOGGER from './logger.js' instead, and delete this file with the last of them.
export type { AppLogger as JsonLogger } from './logger.js';
export { LOGGER } from './logger.js';
