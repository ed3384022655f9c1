import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { signIn } from '../../components/auth/auth-actions';
import { AuthForm } from '../../components/auth/auth-form';
import { readSession } from '../../lib/session';

export const metadata: Metadata = { title: 'Sign in · Todo' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ expired?: string }> }) {
  if (await readSession()) redirect('/');
  const { expired } = await searchParams;
  return <AuthForm mode="sign-in" action={signIn} notice={expired ? 'Your session has ended. Please sign in again.' : undefined} />;
}
