import { expect } from 'vitest';
import { AppError } from '../../src/libs/errors.js';
import { parseMixQuery } from '../../src/parser/pipeline.js';

/** The message of the 400 that `run` throws; fails the test when it throws nothing or something else. */
export function refusal(run: () => unknown): string {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(400);
    return (err as AppError).message;
  }
  throw new Error('expected a 400');
}

/** The message of the 400 for a one-step pipeline over one source: what the request schema says of the step. */
export const stepRefusal = (step: unknown): string => refusal(() => parseMixQuery({ sources: { a: { es: 'default', index: 'i' } }, pipeline: [step] }));
