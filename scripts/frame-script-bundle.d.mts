// Types for the plain .mjs build script (it runs with Node alone), so TypeScript tests can import it.
export declare const GENERATED_PATH: string;
export declare function bundleFrameScript(root: string): Promise<string>;
