'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { PASSWORD_MIN } from '@todo/domain/values';
import { idleState, type ActionState } from '../../lib/action-state';
import { useBrowserTimeZone } from '../../lib/browser-time-zone';
import { FieldError, fieldProps } from '../form/field-error';

interface AuthFormProps {
  mode: 'sign-in' | 'sign-up';
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  notice?: string;
}

export function AuthForm({ mode, action, notice }: AuthFormProps) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const signUp = mode === 'sign-up';
  const errors = state.fieldErrors ?? {};
  const title = signUp ? 'Create your account' : 'Sign in';
  const timeZone = useBrowserTimeZone();

  return (
    <main className="auth">
      <h1>{title}</h1>
      {notice && <p className="notice">{notice}</p>}
      <form action={formAction} className="auth__form" noValidate aria-describedby={state.message ? 'auth-error' : undefined}>
        {signUp && (
          <div className="field">
            <label htmlFor="name">Name</label>
            <input id="name" name="name" autoComplete="name" required defaultValue={state.values?.name} {...fieldProps('name', errors)} />
            <FieldError name="name" errors={errors} />
          </div>
        )}
        {/* Stored on the account at sign-in, so the assistant and the api read dates in the viewer's zone. */}
        {timeZone && <input type="hidden" name="time_zone" value={timeZone} />}
        <div className="field">
          <label htmlFor="email">Email</label>
          <input id="email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} {...fieldProps('email', errors)} />
          <FieldError name="email" errors={errors} />
        </div>
        <div className="field">
          <label htmlFor="password">Password</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete={signUp ? 'new-password' : 'current-password'}
            required
            minLength={signUp ? PASSWORD_MIN : undefined}
            {...fieldProps('password', errors, signUp ? 'password-hint' : undefined)}
          />
          {signUp && (
            <p id="password-hint" className="hint">
              At least 8 characters.
            </p>
          )}
          <FieldError name="password" errors={errors} />
        </div>
        {state.status === 'error' && state.message && (
          <p id="auth-error" role="alert" className="form-error">
            {state.message}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? 'Please wait…' : signUp ? 'Sign up' : 'Sign in'}
        </button>
      </form>
      <p className="auth__switch">
        {signUp ? 'Already have an account? ' : 'New here? '}
        <Link href={signUp ? '/sign-in' : '/sign-up'}>{signUp ? 'Sign in' : 'Create an account'}</Link>
      </p>
    </main>
  );
}
