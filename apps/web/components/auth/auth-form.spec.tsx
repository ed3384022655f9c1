import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ActionState } from '../../lib/action-state';
import { AuthForm } from './auth-form';

describe('AuthForm', () => {
  it('labels every input of the sign-up form', () => {
    render(<AuthForm mode="sign-up" action={async () => ({ status: 'idle' })} />);
    for (const label of ['Name', 'Email', 'Password']) expect(screen.getByLabelText(label)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign up' })).toBeTruthy();
  });

  it('shows errors beside their fields and keeps what was typed', async () => {
    const failed: ActionState = {
      status: 'error',
      message: 'Please correct the highlighted fields.',
      fieldErrors: { password: 'password must be at least 10 characters' },
      values: { name: 'Ann', email: 'ann@example.com' },
    };
    render(<AuthForm mode="sign-up" action={async () => failed} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    });

    const password = screen.getByLabelText('Password');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    const describedBy = password.getAttribute('aria-describedby')?.split(' ') ?? [];
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toContain('password must be at least 10 characters');
    expect(screen.getByRole('alert').textContent).toBe('Please correct the highlighted fields.');
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe('ann@example.com');
  });
});
