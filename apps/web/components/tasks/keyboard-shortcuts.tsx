'use client';

import { forwardRef } from 'react';

export const shortcuts: Array<[key: string, what: string]> = [
  ['q', 'Quick add a task'],
  ['/', 'Search'],
  ['j / k', 'Next / previous task'],
  ['x', 'Complete or reopen the task'],
  ['e', 'Edit the task'],
  ['Delete', 'Delete the task'],
  ['?', 'Show these shortcuts'],
];

/** The list `?` opens; a native dialog, so focus is trapped and Escape closes it. */
export const KeyboardShortcuts = forwardRef<HTMLDialogElement>(function KeyboardShortcuts(_props, ref) {
  return (
    <dialog ref={ref} className="dialog shortcuts" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      <dl>
        {shortcuts.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit" className="button">
          Close
        </button>
      </form>
    </dialog>
  );
});
