// The fatal error an action ends with, as the tests compare it: its code and its one-line message.
import { isPolicyExtractError } from '../src/model/errors.js';

/** The PolicyExtractError an (asynchronous) action throws; anything else is rethrown, no error is a failure. */
export async function errorOf(action: () => unknown): Promise<{ code: string; message: string }> {
  try {
    await action();
  } catch (error) {
    if (isPolicyExtractError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('no error thrown');
}
