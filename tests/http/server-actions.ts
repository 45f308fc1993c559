import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { actionInputSchema } from '@/lib/actions/define-action';

// Every server action of the app: the exports of every file that starts with 'use server',
// found on disk and imported, so a test that covers "every action" covers tomorrow's too.

const srcDir = path.resolve(import.meta.dirname, '../../src');

export type ServerAction = {
  /** `src/modules/projects/actions.ts#createProjectAction` */
  name: string;
  action: (...args: unknown[]) => Promise<unknown>;
  /** Its zod input schema when it was made with defineAction. */
  schema: z.ZodType | undefined;
};

export function serverActionFiles(): string[] {
  return (readdirSync(srcDir, { recursive: true }) as string[])
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .filter((file) => /^\s*(['"])use server\1/.test(readFileSync(path.join(srcDir, file), 'utf8')))
    .map((file) => `src/${file.split(path.sep).join('/')}`)
    .sort();
}

export async function loadServerActions(): Promise<ServerAction[]> {
  const actions: ServerAction[] = [];
  for (const file of serverActionFiles()) {
    const mod = (await import(path.resolve(srcDir, '..', file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== 'function') continue;
      const action = value as ServerAction['action'];
      actions.push({ name: `${file}#${name}`, action, schema: actionInputSchema(action) });
    }
  }
  return actions;
}

/** The field names an input schema reads (objects, unions of objects, refined or piped ones). */
export function schemaKeys(schema: z.ZodType): string[] {
  const keys = new Set<string>();
  const visit = (s: z.ZodType, depth: number) => {
    if (depth > 6) return;
    if (s instanceof z.ZodObject) for (const key of Object.keys(s.shape)) keys.add(key);
    else if (s instanceof z.ZodUnion || s instanceof z.ZodDiscriminatedUnion) for (const o of s.options) visit(o as z.ZodType, depth + 1);
    else if (s instanceof z.ZodPipe) visit(s.in as z.ZodType, depth + 1);
    else if (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault)
      visit(s.unwrap() as z.ZodType, depth + 1);
  };
  visit(schema, 0);
  return [...keys].sort();
}
