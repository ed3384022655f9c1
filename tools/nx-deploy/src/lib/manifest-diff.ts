import { parseAllDocuments, stringify } from 'yaml';

interface Resource {
  id: string;
  kind: string;
  text: string;
}

function resources(manifests: string): Map<string, Resource> {
  const found = new Map<string, Resource>();
  for (const document of parseAllDocuments(manifests)) {
    const object = document.toJS() as { kind?: string; metadata?: { name?: string } } | null;
    if (!object?.kind) continue;
    const id = `${object.kind}/${object.metadata?.name ?? ''}`;
    found.set(id, { id, kind: object.kind, text: stringify(object) });
  }
  return found;
}

/** Changed lines of `before` → `after` by longest common subsequence; manifests are small. */
export function lineDiff(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const lines: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
      lines.push(`- ${a[i++]}`);
    } else {
      lines.push(`+ ${b[j++]}`);
    }
  }
  return lines;
}

export interface ManifestDiff {
  added: string[];
  removed: string[];
  changed: { id: string; lines: string[] }[];
  text: string;
}

/** Per resource: added, removed, or changed with its changed lines. Secret contents are never printed. */
export function diffManifests(before: string, after: string): ManifestDiff {
  const old = resources(before);
  const next = resources(after);
  const added = [...next.keys()].filter((id) => !old.has(id)).sort();
  const removed = [...old.keys()].filter((id) => !next.has(id)).sort();
  const changed = [...next.values()]
    .filter((resource) => old.has(resource.id) && old.get(resource.id)?.text !== resource.text)
    .map((resource) => ({
      id: resource.id,
      lines: resource.kind === 'Secret' ? ['  (contents hidden)'] : lineDiff(old.get(resource.id)?.text ?? '', resource.text),
    }))
    .sort((x, y) => x.id.localeCompare(y.id));
  const text = [
    ...added.map((id) => `+ ${id}`),
    ...removed.map((id) => `- ${id}`),
    ...changed.flatMap(({ id, lines }) => [`~ ${id}`, ...lines.map((line) => `    ${line}`)]),
  ].join('\n');
  return { added, removed, changed, text: text || 'No manifest changes.' };
}
