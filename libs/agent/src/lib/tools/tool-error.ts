/** Why a tool call failed, for callers that act on it (the chat engine names the missing task). */
export type ToolErrorCode = 'unknown_tool' | 'invalid_arguments' | 'forbidden' | 'not_found' | 'nothing_to_update';

/** A tool call the caller got wrong (bad arguments, unknown task, foreign user): reported, never thrown to the client as a 5xx. */
export class ToolError extends Error {
  constructor(
    readonly code: ToolErrorCode,
    message: string,
    /** The task the call named, when the failure is about it. */
    readonly taskId?: number,
  ) {
    super(message);
    this.name = 'ToolError';
  }
}
