export declare const goalBytes: number;
export declare const budgetBytes: number;
export declare const firstPageModule: string;
export declare const textChunks: readonly string[];
export declare function measureFirstPage(dist: string): { files: { file: string; gzip: number }[]; total: number };
export declare function checkBudget(dist: string, limit?: number, log?: (line: string) => void): boolean;
