import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import type { Values } from './deep-merge';
import type { PlannedService } from './deploy-plan';
import type { Environment } from './environment';

const imageSchema = z.object({ repository: z.string(), tag: z.string(), digest: z.string().optional(), revision: z.string().optional() });

export const planFileSchema = z.object({
  version: z.literal(1),
  environment: z.string(),
  release: z.string(),
  namespace: z.string(),
  /** The live revision the plan was made against; null for a first install. */
  revision: z.number().int().positive().nullable(),
  createdAt: z.string(),
  services: z.array(
    z.object({
      service: z.string(),
      project: z.string(),
      change: z.string(),
      before: imageSchema.nullable(),
      after: imageSchema,
    }),
  ),
  /** sha256 of the rendered manifest (hooks excluded) these values give with the chart of the plan. */
  manifestSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Whether applying it changes the release (images, manifest, values or live drift): what `--detailed-exitcode` reports. */
  changes: z.boolean(),
  values: z.record(z.string(), z.unknown()),
});
export type PlanFile = z.infer<typeof planFileSchema>;

export const manifestHash = (manifest: string) => createHash('sha256').update(manifest).digest('hex');

export function buildPlanFile(
  env: Environment,
  revision: number | undefined,
  services: PlannedService[],
  manifest: string,
  values: Values,
  changes: boolean,
): PlanFile {
  return {
    version: 1,
    environment: env.name,
    release: env.release,
    namespace: env.namespace,
    revision: revision ?? null,
    createdAt: new Date().toISOString(),
    services: services.map((s) => ({ service: s.service, project: s.project, change: s.change, before: s.current ?? null, after: s.next })),
    manifestSha256: manifestHash(manifest),
    changes,
    values,
  };
}

/** Writes `<file>` (JSON) and `<file>.txt` (the readable plan a reviewer reads). */
export function writePlanFile(workspaceRoot: string, file: string, plan: PlanFile, summary: string): { json: string; text: string } {
  const json = resolve(workspaceRoot, file);
  mkdirSync(dirname(json), { recursive: true });
  writeFileSync(json, `${JSON.stringify(plan, null, 2)}\n`);
  writeFileSync(`${json}.txt`, `${summary.trimEnd()}\n`);
  return { json: file, text: `${file}.txt` };
}

export function readPlanFile(workspaceRoot: string, file: string): PlanFile {
  const path = resolve(workspaceRoot, file);
  if (!existsSync(path)) throw new Error(`--plan ${file} does not exist.`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new Error(`--plan ${file} is not JSON (write one with --plan-out).`);
  }
  const parsed = planFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`--plan ${file} is not a deploy plan: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

/** Why a plan cannot be applied now, or null: it must be for this release and made against what runs. */
export function staleReason(plan: PlanFile, env: Environment, liveRevision: number | null, renderedHash: string): string | null {
  if (plan.environment !== env.name || plan.release !== env.release || plan.namespace !== env.namespace) {
    return `the plan is for release ${plan.release} in ${plan.namespace} (${plan.environment}), not ${env.release} in ${env.namespace} (${env.name})`;
  }
  if (plan.revision !== liveRevision) {
    const planned = plan.revision === null ? 'a first install' : `revision ${plan.revision}`;
    const live = liveRevision === null ? 'no release' : `revision ${liveRevision}`;
    return `the release moved on since the plan: it was made against ${planned}, the cluster now has ${live}; make a new plan`;
  }
  if (plan.manifestSha256 !== renderedHash) {
    return 'the chart renders these values differently than when the plan was made (the chart changed); make a new plan';
  }
  return null;
}
