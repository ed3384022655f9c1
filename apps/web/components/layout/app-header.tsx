import type { SessionUser } from '@todo/domain';
import { signOut } from '../auth/auth-actions';

export function AppHeader({ user }: { user: SessionUser }) {
  return (
    <header className="app-header">
      <p className="app-header__brand">Todo</p>
      <div className="app-header__user">
        <span>{user.name || user.email}</span>
        <form action={signOut}>
          <button type="submit" className="button button--small">
            Sign out
          </button>
        </form>
      </div>
    </header>
  );
}
