/** @jest-environment node */
import { ApiError } from '@todo/api-client';
import { signUpSchema } from '@todo/domain';
import { actionFailure } from './action-failure';

describe('actionFailure', () => {
  it('reports the first problem of each field of a validation error', () => {
    const result = signUpSchema.safeParse({ name: '', email: 'nope', password: 'short' });
    expect(result.success).toBe(false);
    const state = actionFailure(result.error, { email: 'nope' });
    expect(state).toMatchObject({
      status: 'error',
      values: { email: 'nope' },
      fieldErrors: {
        name: 'name must not be empty',
        email: 'email must be a valid email address',
        password: 'password must be at least 10 characters',
      },
    });
  });

  it('shows the api message, with field errors from its details', () => {
    const error = new ApiError(400, 'validation_error', 'Invalid body', [{ path: ['title'], message: 'title must not be empty' }]);
    expect(actionFailure(error)).toEqual({ status: 'error', message: 'Invalid body', fieldErrors: { title: 'title must not be empty' }, values: undefined });
    expect(actionFailure(new ApiError(409, 'user_already_exists', 'User already exists. Use another email.'))).toMatchObject({
      message: 'User already exists. Use another email.',
    });
  });

  it('rethrows what is neither', () => {
    expect(() => actionFailure(new Error('boom'))).toThrow('boom');
  });
});
