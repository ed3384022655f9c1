import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="error-state">
      <h1>Page not found</h1>
      <Link href="/">Back to your tasks</Link>
    </main>
  );
}
