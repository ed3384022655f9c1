import { logger } from '@nx/devkit';
import { spawn } from 'node:child_process';

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface ExecOptions {
  cwd: string;
  /** Stream output to the terminal as well as capturing it. */
  stream?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Do not print the command line (for look-ups, not actions). */
  quiet?: boolean;
  /** Written to the command's stdin. */
  input?: string;
}

/** Shell-quotes only where needed, so the printed line can be pasted back. */
export function formatCommand(command: string, args: readonly string[]): string {
  return [command, ...args].map((part) => (/^[\w@%+=:,./-]+$/.test(part) ? part : `'${part.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/** Runs without a shell and resolves whatever the exit code; spawn failures (no binary) reject. */
export function runCommand(command: string, args: readonly string[], options: ExecOptions): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
      if (options.stream) process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
      if (options.stream) process.stderr.write(chunk);
    });
    child.on('error', reject);
    if (options.input !== undefined) child.stdin.end(options.input);
    else child.stdin.end();
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** Prints the command, runs it, throws with its stderr on a non-zero exit. */
export async function execCommand(command: string, args: readonly string[], options: ExecOptions): Promise<CommandResult> {
  if (!options.quiet) logger.info(`$ ${formatCommand(command, args)}`);
  const result = await runCommand(command, args, options);
  if (result.code !== 0) {
    const detail = options.stream ? '' : `\n${result.stderr.trim() || result.stdout.trim()}`;
    throw new Error(`${formatCommand(command, args)} exited with code ${result.code}${detail}`);
  }
  return result;
}
