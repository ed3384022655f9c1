import type { ExecutorContext } from '@nx/devkit';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { ContainerEngine } from '../../lib/container-engine';
import { contentImage, deployableProjects } from '../../lib/deployable-projects';
import { describeRelease, formatPlan, planServices, type PlannedService } from '../../lib/deploy-plan';
import { ensureImage, findExistingImage } from '../../lib/ensure-image';
import { readEnvironment } from '../../lib/environment';
import { formatCommand } from '../../lib/exec-command';
import { type CurrentRelease, helmBinary, helmMajorVersion, readCurrentRelease, upgradeArgs, upgradeRelease } from '../../lib/helm';
import { recordedDigest } from '../../lib/image-record';
import { diffManifests } from '../../lib/manifest-diff';
import { generatedValuesPath, writeReleaseValues } from '../../lib/release-values';
import { renderManifests } from '../../lib/render-manifests';
import type { DeployExecutorSchema } from './schema';

async function currentRelease(context: ExecutorContext, options: DeployExecutorSchema, env: ReturnType<typeof readEnvironment>) {
  if (options.currentValues) {
    const path = resolve(context.root, options.currentValues);
    if (!existsSync(path)) throw new Error(`--current-values ${options.currentValues} does not exist.`);
    const release: CurrentRelease = { state: 'deployed', values: parse(readFileSync(path, 'utf8')) ?? {} };
    return { release, source: options.currentValues };
  }
  const release = await readCurrentRelease(context.root, env);
  if (release.state === 'unreachable' && !options.dryRun) {
    throw new Error(`Cannot read release ${env.release} in ${env.namespace}: ${release.reason}`);
  }
  return { release, source: `release ${env.release} in ${env.namespace}${env.kubeContext ? ` (${env.kubeContext})` : ''}` };
}

/** One environment, one release, one helm upgrade for every project of this run. */
export async function deployRelease(context: ExecutorContext, projects: string[], options: DeployExecutorSchema): Promise<void> {
  const env = readEnvironment(context.root, options.env);
  const push = options.push ?? env.registry !== '';
  const deployables = deployableProjects(context);
  const candidates = [];
  for (const deployable of deployables) {
    const image = await contentImage(context, deployable);
    const digest = push ? recordedDigest(context.root, deployable.project, env.registry, image) : undefined;
    candidates.push({
      project: deployable.project,
      service: deployable.config.service,
      contentImage: digest ? { ...image, digest } : image,
      inDeploySet: projects.includes(deployable.project),
    });
  }
  const { release, source } = await currentRelease(context, options, env);
  const plan = planServices(candidates, release);

  const engine = await ContainerEngine.detect(options.engine ?? 'auto', context.root).catch((error: Error) => {
    if (options.dryRun) return undefined;
    throw error;
  });
  for (const service of plan.filter((s) => s.deploying)) {
    const deployable = deployables.find((d) => d.project === service.project);
    if (!deployable) continue;
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

  const { path, values } = writeReleaseValues(context.root, env, plan.map(toServiceRelease(deployables)));
  console.log(`\nDeploy plan: environment ${env.name}, release ${env.release}, namespace ${env.namespace}`);
  console.log(describeRelease(release, source));
  console.log(`${formatPlan(plan, env.registry)}\n`);
  const before = release.state === 'deployed' ? await renderManifests(context.root, env, release.values) : '';
  console.log(`Manifest diff (helm template of current → new values):\n${diffManifests(before, await renderManifests(context.root, env, values)).text}\n`);

  if (options.dryRun) {
    const major = await helmMajorVersion(context.root);
    console.log(`Dry run: not deploying. Would run:\n$ ${formatCommand(helmBinary(context.root), upgradeArgs(env, path, major))}`);
    return;
  }
  await upgradeRelease(context.root, env, generatedValuesPath(env.name));
}

function toServiceRelease(deployables: ReturnType<typeof deployableProjects>) {
  return (service: PlannedService) => ({
    project: service.project,
    service: service.service,
    values: deployables.find((d) => d.project === service.project)?.config.values ?? {},
    image: service.next,
  });
}
