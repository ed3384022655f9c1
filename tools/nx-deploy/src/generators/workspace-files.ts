import type { Tree } from '@nx/devkit';

/** Runs `work`, then puts each of `paths` back as it was before: its content, or its absence. */
export async function keepingFiles<T>(tree: Tree, paths: string[], work: () => Promise<T>): Promise<T> {
  const before = paths.map((path) => ({ path, content: tree.exists(path) ? tree.read(path) : null }));
  const result = await work();
  for (const { path, content } of before) {
    if (content !== null) tree.write(path, content);
    else if (tree.exists(path)) tree.delete(path);
  }
  return result;
}
