// The translations shared by the server and the client: locales/<language>/<namespace>.json.
// generated/ gathers them from the folder (`npm run i18n:index -w i18n` after adding a file),
// with static imports, so that both Node and Vite load exactly the same resources.
export * from './meta.js';
export * from './documents.js';
export { namespaces, resources } from './generated/resources.js';
export * from './names.js';
