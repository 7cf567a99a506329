export declare const SERVER_BUNDLE: string;
export declare function packageOf(specifier: string): string | null;
export declare function buildServer(options?: { outfile?: string; quiet?: boolean }): Promise<{ outfile: string; packages: string[]; inputs: string[] }>;
