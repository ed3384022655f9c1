import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A real directory for tests that read the file system (Nx keeps its own TempFs internal). */
export class TempFs {
  readonly root: string;

  constructor(name: string) {
    this.root = mkdtempSync(join(tmpdir(), `nx-deploy-${name}-`));
  }

  write(path: string, content: string): void {
    mkdirSync(dirname(join(this.root, path)), { recursive: true });
    writeFileSync(join(this.root, path), content);
  }

  writeMany(files: Record<string, string>): void {
    for (const [path, content] of Object.entries(files)) this.write(path, content);
  }

  cleanup(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
