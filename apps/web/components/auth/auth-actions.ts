'use server';

import { redirect } from 'next/navigation';
import { isApiError } from '@todo/api-client';
import { signInSchema, signUpSchema, timeZoneSchema, type AuthResponse } from '@todo/domain';
import { actionFailure } from '../../lib/action-failure';
import type { ActionState } from '../../lib/action-state';
import { apiFor } from '../../lib/api';
import { endSession, readSession, startSession } from '../../lib/session';

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

/** The browser's zone (a hidden field the form fills in) becomes the account's, so chat and api read dates in it. */
async function rememberTimeZone(session: AuthResponse, form: FormData): Promise<void> {
  const zone = timeZoneSchema.safeParse(text(form, 'time_zone'));
  if (!zone.success) return;
  // Never fails the sign-in: without it the api reads dates in the zone stored before (or UTC).
  await apiFor(session)
    .updateMe({ time_zone: zone.data })
    .catch(() => undefined);
}

export async function signIn(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = { email: text(form, 'email') };
  try {
    const body = signInSchema.parse({ email: values.email.trim(), password: text(form, 'password') });
    const session = await apiFor().signIn(body);
    await startSession(session);
    await rememberTimeZone(session, form);
  } catch (error) {
    // Here a 401 means the credentials, not an expired session.
    if (isApiError(error) && error.status === 401) return { status: 'error', message: 'Wrong email or password.', values };
    return actionFailure(error, values);
  }
  redirect('/');
}

export async function signUp(_previous: ActionState, form: FormData): Promise<ActionState> {
  const values = { name: text(form, 'name'), email: text(form, 'email') };
  try {
    const body = signUpSchema.parse({ name: values.name, email: values.email.trim(), password: text(form, 'password') });
    const session = await apiFor().signUp(body);
    await startSession(session);
    await rememberTimeZone(session, form);
  } catch (error) {
    return actionFailure(error, values);
  }
  redirect('/');
}

export async function signOut(): Promise<void> {
  const session = await readSession();
  // The cookie goes regardless: a sign-out must never leave the browser signed in.
  await apiFor(session)
    .signOut()
    .catch(() => undefined);
  await endSession();
  redirect('/sign-in');
}
