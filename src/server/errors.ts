// Errors of the HTTP layer: every failure a client sees is {error: {code, message}} with a fitting status;
// anything unexpected is logged on the server and reported as a bare "internal error", never with a stack.
import { z } from 'zod';

export type ErrorCode =
  | 'bad_request'
  | 'not_found'
  | 'too_large'
  | 'unsupported_media_type'
  | 'forbidden'
  | 'misdirected'
  | 'internal';

export class ApiError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 413 | 415 | 421 | 500,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const ErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export function errorBody(code: ErrorCode, message: string): z.infer<typeof ErrorBody> {
  return { error: { code, message } };
}

/** One line naming each invalid field: "limit: Too big: expected number to be <=200". */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

export function badRequest(message: string): ApiError {
  return new ApiError(400, 'bad_request', message);
}

export function notFound(message: string): ApiError {
  return new ApiError(404, 'not_found', message);
}
