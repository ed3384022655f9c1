'use client';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="error-state" role="alert">
      <h1>Something went wrong</h1>
      <p>We could not load your tasks. The service may be restarting; your data is safe.</p>
      <button type="button" className="button button--primary" onClick={reset}>
        Try again
      </button>
    </main>
  );
}
