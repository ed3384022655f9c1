/** A tool call the caller got wrong (bad arguments, unknown task, foreign user): reported, never thrown to the client as a 5xx. */
export class ToolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ToolError';
  }
}
