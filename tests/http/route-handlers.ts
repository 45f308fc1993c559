import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { NextRequest } from 'next/server';

// Every route handler of the app, found on disk (src/app/**/route.ts) and imported, with the
// HTTP methods it exports: tests that must cover all of them enumerate them here, so a new
// route is covered (or fails) the day it is added.

export const APP_ORIGIN = 'http://app.test';
export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];
export const STATE_CHANGING: readonly HttpMethod[] = ['POST', 'PUT', 'PATCH', 'DELETE'];

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

export type RouteHandler = {
  /** `api/projects/[projectId]/generate` */
  route: string;
  methods: Partial<Record<HttpMethod, Handler>>;
  /** A URL on the app's origin with the dynamic segments filled in, and the matching params. */
  url: string;
  params: Record<string, string | string[]>;
};

const appDir = path.resolve(import.meta.dirname, '../../src/app');

export function routeFiles(): string[] {
  return (readdirSync(appDir, { recursive: true }) as string[])
    .filter((file) => path.basename(file) === 'route.ts')
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/** The URL path of a route folder: route groups `(x)` vanish, `[id]` is filled in, `[[...rest]]` is left empty. */
function fill(route: string): { pathname: string; params: Record<string, string | string[]> } {
  const params: Record<string, string | string[]> = {};
  const segments: string[] = [];
  for (const segment of route.split('/')) {
    if (/^\(.*\)$/.test(segment)) continue;
    const optionalCatchAll = /^\[\[\.\.\.(.+)\]\]$/.exec(segment);
    const catchAll = /^\[\.\.\.(.+)\]$/.exec(segment);
    const dynamic = /^\[(.+)\]$/.exec(segment);
    if (optionalCatchAll) params[optionalCatchAll[1]!] = [];
    else if (catchAll) segments.push(...(params[catchAll[1]!] = ['x']));
    else if (dynamic) segments.push((params[dynamic[1]!] = randomUUID()));
    else segments.push(segment);
  }
  return { pathname: `/${segments.join('/')}`, params };
}

export async function loadRouteHandlers(): Promise<RouteHandler[]> {
  const handlers: RouteHandler[] = [];
  for (const file of routeFiles()) {
    const route = path.dirname(file);
    const mod = (await import(path.join(appDir, file))) as Record<string, unknown>;
    const methods: RouteHandler['methods'] = {};
    for (const method of HTTP_METHODS) if (typeof mod[method] === 'function') methods[method] = mod[method] as Handler;
    const { pathname, params } = fill(route);
    handlers.push({ route, methods, url: `${APP_ORIGIN}${pathname}`, params });
  }
  return handlers;
}

/** Calls one handler the way Next would (a NextRequest, the params as a promise). */
export function callHandler(handler: Handler, request: Request, params: Record<string, string | string[]>): Promise<Response> {
  return handler(new NextRequest(request), { params: Promise.resolve({ ...params }) });
}
