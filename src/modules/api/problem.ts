import { z } from 'zod';
import { httpStatusFor, isAppError, type AppErrorCode } from '@/lib/errors';
import { renderErrorMessage, renderIssueMessage } from '@/lib/i18n/render-error-message';

/**
 * Every v1 error as RFC 9457 problem details (`application/problem+json`) with our error code.
 * The API speaks English (a program reads `code`; `title`/`detail` are for the developer), and
 * never a stack trace or a raw database message: unknown errors become a generic 500.
 */
export const problemSchema = z
  .object({
    type: z.string().meta({ description: 'A URI naming the kind of problem (relative to the API docs).' }),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string(),
    code: z.string().meta({ description: 'Our error code (AppErrorCode), stable for programs.' }),
    missing_scope: z.string().optional().meta({ description: 'On 403: the scope the key lacks.' }),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .meta({ description: 'On 400: what is wrong with the request, per field.' }),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof problemSchema>;

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemResponse(
  status: number,
  code: AppErrorCode | string,
  detail: string,
  extra: Partial<Pick<Problem, 'missing_scope' | 'errors'>> = {},
  headers: HeadersInit = {},
): Response {
  const body: Problem = {
    type: `/docs/api#problem-${code.toLowerCase().replaceAll('_', '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...extra,
  };
  const h = new Headers(headers);
  h.set('content-type', PROBLEM_CONTENT_TYPE);
  h.set('cache-control', 'no-store');
  return new Response(JSON.stringify(body), { status, headers: h });
}

/** A thrown error as a problem: AppErrors keep their code and English message; zod errors list the fields; anything else is a generic 500. */
export function problemFromError(err: unknown): Response {
  if (err instanceof z.ZodError) {
    return problemResponse(400, 'VALIDATION', 'The request is not valid.', {
      // Shared schemas (a project's name, a slug) carry catalog keys as messages: render them.
      errors: err.issues.map((i) => ({ path: i.path.join('.'), message: renderIssueMessage(i.message, 'en') })),
    });
  }
  if (isAppError(err)) {
    return problemResponse(httpStatusFor(err.code), err.code, renderErrorMessage(err.errorMessage, 'en'));
  }
  return problemResponse(500, 'INTERNAL', 'Something went wrong on our side. Please try again.');
}
