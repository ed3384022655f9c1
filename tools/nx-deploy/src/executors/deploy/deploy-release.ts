import { type ExecutorContext, logger } from '@nx/devkit';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { withClusterLock } from '../../lib/cluster-lock';
import { ContainerEngine } from '../../lib/container-engine';
import { describeRelease, formatPlan, planServices, type PlannedService, type ServiceCandidate } from '../../lib/deploy-plan';
import { ensureImage, findExistingImage } from '../../lib/ensure-image';
import type { Environment } from '../../lib/environment';
import { formatCommand } from '../../lib/exec-command';
import { type CurrentRelease, helmBinary, helmMajorVersion, readCurrentRelease, upgradeArgs } from '../../lib/helm';
import { formatImageRef } from '../../lib/image-ref';
import { Kubectl } from '../../lib/kubectl';
import { labelPreviewNamespace } from '../../lib/preview';
import { type Drift, formatDrift, readDrift } from '../../lib/live-drift';
import { diffManifests, type ManifestDiff } from '../../lib/manifest-diff';
import { buildPlanFile, manifestHash, readPlanFile, staleReason, writePlanFile } from '../../lib/plan-file';
import { listReleaseServices, type ReleaseService, toServiceRelease } from '../../lib/release-services';
import { generatedValuesPath, writeReleaseValues, writeValuesFile } from '../../lib/release-values';
import { renderManifests, withoutHooks } from '../../lib/render-manifests';
import { applyRelease } from './apply-release';
import { type ExplainedService, explainRelease } from './explain-release';
import { type NormalizedDeployOptions, normalizeOptions } from './normalize-options';
import type { DeployExecutorSchema } from './schema';

const PENDING_POLL_MS = 2000;

async function currentRelease(context: ExecutorContext, options: NormalizedDeployOptions) {
  const { env } = options;
  if (options.currentValues) {
    const path = resolve(context.root, options.currentValues);
    if (!existsSync(path)) throw new Error(`--current-values ${options.currentValues} does not exist.`);
    const release: CurrentRelease = { state: 'deployed', values: parse(readFileSync(path, 'utf8')) ?? {} };
    return { release, source: options.currentValues };
  }
  const source = `release ${env.release} in ${env.namespace}${env.kubeContext ? ` (${env.kubeContext})` : ''}`;
  const release = await settledRelease(context.root, env, options.dryRun ? 0 : options.timeoutSeconds * 1000);
  // A verdict against a release nobody could read would call everything a change.
  if (release.state === 'unreachable' && (!options.dryRun || options.detailedExitcode)) {
    throw new Error(`Cannot read release ${env.release} in ${env.namespace}: ${release.reason}`);
  }
  return { release, source };
}

/** Helm's own lock: while a revision is pending-*, another client is installing, upgrading or rolling back. */
async function settledRelease(workspaceRoot: string, env: Environment, waitMs: number): Promise<CurrentRelease> {
  const deadline = Date.now() + waitMs;
  let release = await readCurrentRelease(workspaceRoot, env);
  if (release.state === 'pending') {
    logger.info(`Waiting: release ${env.release} is ${release.status} (revision ${release.revision}); another helm client is changing it.`);
  }
  while (release.state === 'pending') {
    if (Date.now() > deadline) {
      throw new Error(
        `Release ${env.release} in ${env.namespace} is still ${release.status} (revision ${release.revision}) after ${env.timeout}: ` +
          `another deploy is running, or one was killed mid-way. If none is running: helm rollback ${env.release} -n ${env.namespace}`,
      );
    }
    await new Promise((done) => setTimeout(done, PENDING_POLL_MS));
    release = await readCurrentRelease(workspaceRoot, env);
  }
  return release;
}

/** Live release → new values when the cluster recorded a manifest; else the old values rendered locally. */
async function manifestDiff(workspaceRoot: string, env: Environment, release: CurrentRelease, values: Record<string, unknown>) {
  const next = withoutHooks(await renderManifests(workspaceRoot, env, values));
  if (release.state === 'deployed' && release.manifest !== undefined) {
    return { title: `live release revision ${release.revision} → new values`, diff: diffManifests(release.manifest, next), next };
  }
  const before = release.state === 'deployed' ? withoutHooks(await renderManifests(workspaceRoot, env, release.values)) : '';
  return { title: 'helm template of current → new values', diff: diffManifests(before, next), next };
}

/** Keys in a stable order, so two equal values trees compare equal as text. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]))
      : value;

/** Hooks (migration, `helm test` checks) are not in a revision's manifest, so the values are compared too. */
const changesNothing = (diff: ManifestDiff, drift: Drift[], before: Record<string, unknown>, after: Record<string, unknown>) =>
  diff.added.length === 0 &&
  diff.removed.length === 0 &&
  diff.changed.length === 0 &&
  drift.length === 0 &&
  JSON.stringify(canonical(before)) === JSON.stringify(canonical(after));

/** One environment, one release, one helm upgrade for every project of this run. */
export async function deployRelease(context: ExecutorContext, projects: string[], schema: DeployExecutorSchema): Promise<void> {
  const options = normalizeOptions(context.root, schema);
  const { env, timeoutSeconds: seconds } = options;
  if (options.dryRun || options.currentValues || options.planOut) return planAndApply(context, projects, options);
  const kubectl = new Kubectl(context.root, env);
  await withClusterLock(kubectl, env, { holdSeconds: seconds, waitMs: seconds * 1000 }, async () => {
    if (env.preview) await labelPreviewNamespace(kubectl, env);
    return options.plan ? applySavedPlan(context, options, options.plan) : planAndApply(context, projects, options);
  });
}

/** Applies exactly a plan written by --plan-out, or refuses when what it was made against changed. */
async function applySavedPlan(context: ExecutorContext, options: NormalizedDeployOptions, file: string): Promise<void> {
  const { env } = options;
  const plan = readPlanFile(context.root, file);
  const release = await settledRelease(context.root, env, options.timeoutSeconds * 1000);
  if (release.state === 'unreachable') throw new Error(`Cannot read release ${env.release} in ${env.namespace}: ${release.reason}`);
  const liveRevision = release.state === 'deployed' ? (release.revision ?? null) : null;
  const rendered = withoutHooks(await renderManifests(context.root, env, plan.values));
  const stale = staleReason(plan, env, liveRevision, manifestHash(rendered));
  if (stale) throw new Error(`Refusing --plan ${file}: ${stale}.`);
  const engine = await ContainerEngine.detect(options.engine, context.root).catch(() => undefined);
  for (const service of plan.services) {
    if (engine && !(await findExistingImage(engine, service.after, { push: env.registry !== '', registry: env.registry }))) {
      throw new Error(`Refusing --plan ${file}: image ${formatImageRef(env.registry, service.after)} does not exist (was the plan made with --dry-run?); make the plan without --dry-run so it builds its images.`);
    }
  }
  const against = plan.revision ? `revision ${plan.revision}` : 'a first install';
  if (!plan.changes) {
    logger.info(`Nothing to deploy: plan ${file} (made ${plan.createdAt} against ${against}) changes nothing; no helm upgrade.`);
    return;
  }
  logger.info(`Applying plan ${file} (made ${plan.createdAt} against ${against}, still current):`);
  for (const service of plan.services) {
    logger.info(`  ${service.service}: ${service.before ? formatImageRef(env.registry, service.before) : '(none)'} → ${formatImageRef(env.registry, service.after)} (${service.change})`);
  }
  const valuesFile = writeValuesFile(context.root, env, plan.values);
  await applyRelease(context.root, env, valuesFile, { previousRevision: liveRevision ?? undefined, verify: options.verify });
}

async function planAndApply(context: ExecutorContext, projects: string[], options: NormalizedDeployOptions): Promise<void> {
  const { env, push } = options;
  const services = await listReleaseServices(context, env.registry, push);
  const candidates: ServiceCandidate[] = services.map(({ deployable, image }) => ({
    project: deployable.project,
    service: deployable.config.service,
    contentImage: image,
    inDeploySet: projects.includes(deployable.project),
  }));
  const { release, source } = await currentRelease(context, options);
  const plan = planServices(candidates, release);

  const engine = await ContainerEngine.detect(options.engine, context.root).catch((error: Error) => {
    if (options.dryRun) return undefined;
    throw error;
  });
  for (const service of plan.filter((s) => s.deploying)) {
    const deployable = serviceOf(services, service).deployable;
    if (options.dryRun) {
      const existing = engine ? await findExistingImage(engine, service.next, { push, registry: env.registry }) : undefined;
      service.build = existing ? 'skipped' : 'would build';
      continue;
    }
    const ensured = await ensureImage(context.root, engine as ContainerEngine, deployable, service.next, {
      push,
      registry: env.registry,
      labels: {},
    });
    service.next = ensured.image;
    service.build = ensured.status;
  }

  const { path, values } = writeReleaseValues(context.root, env, plan.map((service) => toServiceRelease(serviceOf(services, service).deployable, service.next)));
  logger.info(`\nDeploy plan: environment ${env.name}, release ${env.release}, namespace ${env.namespace}`);
  logger.info(describeRelease(release, source));
  logger.info(`${formatPlan(plan, env.registry)}\n`);
  const explained = options.explain
    ? await explainRelease(context, env, release, source, plan.map((service) => explainedService(services, service)), engine)
    : undefined;
  if (explained) logger.info(`${explained}\n`);
  const { title, diff, next } = await manifestDiff(context.root, env, release, values);
  logger.info(`Manifest diff (${title}):\n${diff.text}\n`);
  const drift = release.state === 'deployed' && release.manifest ? await readDrift(new Kubectl(context.root, env), release.manifest) : [];
  if (release.state === 'deployed' && release.manifest) logger.info(`${formatDrift(drift, release.revision)}\n`);

  const changes = !(release.state === 'deployed' && changesNothing(diff, drift, release.values, values));
  const verdict = changes ? 'Verdict: changes (applying this plan upgrades the release).' : 'Verdict: no changes (the release already runs these images and values).';
  if (options.planOut) {
    const revision = release.state === 'deployed' ? release.revision : undefined;
    const summary = [
      `Deploy plan: environment ${env.name}, release ${env.release}, namespace ${env.namespace}`,
      describeRelease(release, source),
      formatPlan(plan, env.registry),
      ...(explained ? ['', explained] : []),
      '',
      `Manifest diff (${title}):\n${diff.text}`,
      release.state === 'deployed' && release.manifest ? `\n${formatDrift(drift, release.revision)}` : '',
      '',
      verdict,
    ].join('\n');
    const written = writePlanFile(context.root, options.planOut, buildPlanFile(env, revision, plan, next, values, changes), summary);
    logger.info(verdict);
    logger.info(`Plan written to ${written.json} (and ${written.text} to read); nothing was deployed.`);
    logger.info(`Apply exactly this plan: npx nx run-many -t deploy --env ${env.name} --plan ${written.json}`);
    return;
  }

  if (options.dryRun) {
    const major = await helmMajorVersion(context.root);
    logger.info(`Dry run: not deploying. Would run:\n$ ${formatCommand(helmBinary(context.root), upgradeArgs(env, path, major))}`);
    return;
  }
  if (release.state === 'deployed' && release.revision && !changes) {
    logger.info(`Nothing to deploy: release ${env.release} revision ${release.revision} already runs these images and values; no helm upgrade.`);
    return;
  }
  await applyRelease(context.root, env, generatedValuesPath(env.name), {
    previousRevision: release.state === 'deployed' ? release.revision : undefined,
    verify: options.verify,
  });
}

/** Every planned service is one of the release's services: the plan is made from them. */
function serviceOf(services: ReleaseService[], planned: PlannedService): ReleaseService {
  return services.find(({ deployable }) => deployable.project === planned.project) as ReleaseService;
}

function explainedService(services: ReleaseService[], planned: PlannedService): ExplainedService {
  const { deployable, image } = serviceOf(services, planned);
  return { plan: planned, deployable, contentImage: image };
}
