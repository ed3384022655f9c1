/** What a server action tells its form: kept free of server imports so client code may use it. */
export interface ActionState {
  status: 'idle' | 'ok' | 'error';
  message?: string;
  fieldErrors?: Record<string, string>;
  /** What the user typed, to put back after a failed submit (never a password). */
  values?: Record<string, string>;
}

export const idleState: ActionState = { status: 'idle' };
