import { z } from 'zod';
import { PASSWORD_MAX, PASSWORD_MIN } from './values';
import { singleLine } from './text';


/**
 * A session lasts this long from sign-in, not extended by use: the web's cookie has the same
 * lifetime, so when the browser drops the cookie the token it held is dead too.
 */
export const SESSION_LIFETIME_SECONDS = 7 * 24 * 60 * 60;

export const signUpSchema = z.strictObject({
  name: singleLine('name').trim().min(1, 'name must not be empty').max(100, 'name must be at most 100 characters'),
  email: z.email('email must be a valid email address').max(254),
  password: z
    .string()
    .min(PASSWORD_MIN, `password must be at least ${PASSWORD_MIN} characters`)
    .max(PASSWORD_MAX, `password must be at most ${PASSWORD_MAX} characters`),
});
export type SignUpRequest = z.infer<typeof signUpSchema>;

export const signInSchema = z.strictObject({
  email: z.email('email must be a valid email address').max(254),
  password: z.string().min(1, 'password must not be empty').max(PASSWORD_MAX),
});
export type SignInRequest = z.infer<typeof signInSchema>;

export const sessionUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

/** Sign-up and sign-in: the bearer token of the new session and its user. */
export const authResponseSchema = z.object({
  token: z.string(),
  user: sessionUserSchema,
});
export type AuthResponse = z.infer<typeof authResponseSchema>;

/** `GET /api/auth/session`: the token's user. */
export const sessionResponseSchema = z.object({ user: sessionUserSchema });

/** `POST /api/auth/sign-out` and `…/sign-out-everywhere`. */
export const signOutResponseSchema = z.object({ success: z.boolean() });
