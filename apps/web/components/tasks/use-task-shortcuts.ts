import { useEffect, useRef } from 'react';

export interface ShortcutHandlers {
  focusQuickAdd: () => void;
  focusSearch: () => void;
  showShortcuts: () => void;
  /** The task with this id: toggle its completion, edit it, delete it. */
  toggle: (taskId: number) => void;
  edit: (taskId: number) => void;
  remove: (taskId: number) => void;
}

const typingTypes = new Set(['text', 'search', 'email', 'password', 'number', 'date', 'datetime-local', 'time', 'url', 'tel']);

/** Whether a key press is text being typed (or a dialog's own key), which shortcuts must leave alone. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('dialog[open]')) return true;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && typingTypes.has(target.type);
}

const taskItems = (root: HTMLElement) => Array.from(root.querySelectorAll<HTMLElement>('[data-task-id]'));

/**
 * Todoist-style keys over the task list in `root`: j/k move the focus between tasks, x/e/Delete act
 * on the focused one (or the one holding the focus), q and / jump to quick add and search, ? lists them.
 */
export function useTaskShortcuts(root: React.RefObject<HTMLElement | null>, handlers: ShortcutHandlers) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const list = root.current;
      const items = list ? taskItems(list) : [];
      const current = items.findIndex((item) => item.contains(document.activeElement));
      const currentId = current >= 0 ? Number(items[current].dataset.taskId) : undefined;
      const act = (run: (taskId: number) => void) => {
        if (currentId === undefined) return false;
        run(currentId);
        return true;
      };
      let handled = true;
      switch (event.key) {
        case 'q':
          latest.current.focusQuickAdd();
          break;
        case '/':
          latest.current.focusSearch();
          break;
        case '?':
          latest.current.showShortcuts();
          break;
        case 'j':
        case 'k': {
          if (items.length === 0) break;
          const step = event.key === 'j' ? 1 : -1;
          const next = current < 0 ? (step === 1 ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, current + step));
          items[next].focus();
          break;
        }
        case 'x':
          handled = act(latest.current.toggle);
          break;
        case 'e':
          handled = act(latest.current.edit);
          break;
        case 'Delete':
          handled = act((taskId) => {
            // The focus moves to a neighbour, so the next Delete or x acts on the next task.
            (items[current + 1] ?? items[current - 1])?.focus();
            latest.current.remove(taskId);
          });
          break;
        default:
          handled = false;
      }
      if (handled) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [root]);
}
