// Types for the parts of lib.mjs that TypeScript code imports (lib.mjs runs before `npm install`,
// with Node's built-ins only, so it stays plain JavaScript).
import type { SpawnOptions } from 'node:child_process';

export declare const root: string;
export declare function runLong(
  label: string,
  cmd: string,
  args: string[],
  opts?: SpawnOptions & { everyMs?: number; env?: NodeJS.ProcessEnv },
): Promise<void>;
export declare function ensureBuild(): Promise<void>;
export declare function buildStamp(dir?: string): string;
