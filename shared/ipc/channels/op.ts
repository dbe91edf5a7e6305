import type { z } from 'zod';

/** One request channel: the runtime schemas of its request and of its response value. */
export interface RequestChannel<Q extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  readonly request: Q;
  readonly response: R;
}

export function op<Q extends z.ZodType, R extends z.ZodType>(
  request: Q,
  response: R,
): RequestChannel<Q, R> {
  return { request, response };
}
