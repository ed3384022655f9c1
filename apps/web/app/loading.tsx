export default function Loading() {
  return (
    <main className="workspace" aria-busy="true">
      <section className="tasks">
        <p role="status">Loading your tasks…</p>
        <ul className="task-list task-list--skeleton" aria-hidden="true">
          <li className="task" />
          <li className="task" />
          <li className="task" />
        </ul>
      </section>
    </main>
  );
}
