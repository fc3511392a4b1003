// Getting hold of the error a call or a constructor raises, failing the test when there is none.
import { expect } from 'vitest';
import { ConfigurationError } from '../../src/core/errors.js';

/** The reason `promise` rejects with; fails the test if it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to reject');
}

/** The error a constructor throws; it must throw a ConfigurationError. */
export function constructionError(construct: () => unknown): ConfigurationError {
  let thrown: unknown;
  try {
    construct();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ConfigurationError);
  return thrown as ConfigurationError;
}

/** The Error a promise rejects with (fails the test if it resolves or rejects with a non-Error). */
export async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await rejection(promise);
  if (!(error instanceof Error)) throw new Error(`rejected with a non-Error: ${String(error)}`);
  return error;
}
