export const SERVER_NODE_OPTIONS: string;
export function withServerNodeOptions<T extends Record<string, string | undefined>>(env: T): T & { NODE_OPTIONS: string };
