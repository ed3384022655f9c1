import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { signUp } from '../../components/auth/auth-actions';
import { AuthForm } from '../../components/auth/auth-form';
import { readSession } from '../../lib/session';

export const metadata: Metadata = { title: 'Sign up · Todo' };

export default async function SignUpPage() {
  if (await readSession()) redirect('/');
  return <AuthForm mode="sign-up" action={signUp} />;
}
