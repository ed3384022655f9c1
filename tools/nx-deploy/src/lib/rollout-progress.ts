import type { Kubectl, KubeObject } from './kubectl';
import { summarizeWorkload } from './rollout-diagnosis';

export interface ProgressRow {
  resource: string;
  counts: string;
  images: string;
}

export function progressRows(workloads: KubeObject[]): ProgressRow[] {
  return workloads
    .filter((w) => w.kind === 'Deployment' || w.kind === 'StatefulSet')
    .map((workload) => ({
      resource: `${workload.kind}/${workload.metadata.name}`,
      counts: summarizeWorkload(workload),
      images: ((workload.spec as { template?: { spec?: { containers?: { image: string }[] } } })?.template?.spec?.containers ?? [])
        .map((c) => c.image)
        .join(', '),
    }))
    .sort((a, b) => a.resource.localeCompare(b.resource));
}

export const formatProgressRow = (row: ProgressRow, elapsedSeconds: number, width = row.resource.length) =>
  `rollout ${String(elapsedSeconds).padStart(3)}s  ${row.resource.padEnd(width)}  ${row.counts}  ${row.images}`;

export interface ProgressOutput {
  write(text: string): void;
  /** A terminal redraws the table in place; a CI log gets one line per change. */
  isTTY: boolean;
}

/**
 * Watches the release's workloads while helm waits: one row each (desired / updated / ready /
 * available, image, elapsed). Returns a stop function; it never throws (a missed poll is skipped).
 */
export function watchRollout(kubectl: Kubectl, release: string, output: ProgressOutput, intervalMs = 1000): () => Promise<void> {
  const started = Date.now();
  const last = new Map<string, string>();
  let drawnLines = 0;
  let stopped = false;
  const poll = async () => {
    let rows: ProgressRow[];
    try {
      rows = progressRows(await kubectl.list('deployments,statefulsets', `app.kubernetes.io/instance=${release}`));
    } catch {
      return;
    }
    const elapsed = Math.round((Date.now() - started) / 1000);
    const width = Math.max(0, ...rows.map((row) => row.resource.length));
    if (output.isTTY) {
      const lines = rows.map((row) => formatProgressRow(row, elapsed, width));
      output.write(`${drawnLines ? `\x1b[${drawnLines}A\x1b[J` : ''}${lines.join('\n')}\n`);
      drawnLines = lines.length;
      return;
    }
    for (const row of rows) {
      const state = `${row.counts}|${row.images}`;
      if (last.get(row.resource) === state) continue;
      last.set(row.resource, state);
      output.write(`${formatProgressRow(row, elapsed, width)}\n`);
    }
  };
  const loop = (async () => {
    while (!stopped) {
      await poll();
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return async () => {
    stopped = true;
    await loop;
    await poll();
  };
}
