import type { ExecutorContext } from '@nx/devkit';
import type { ContainerEngine } from '../../lib/container-engine';
import type { PlannedService } from '../../lib/deploy-plan';
import { type DeployableProject, tagInputs } from '../../lib/deployable-projects';
import { withImageRevision } from '../../lib/ensure-image';
import type { Environment } from '../../lib/environment';
import { explainTag, formatExplanation } from '../../lib/explain-tag';
import type { CurrentRelease } from '../../lib/helm';
import { formatImageRef, type ImageRef } from '../../lib/image-ref';

export interface ExplainedService {
  plan: PlannedService;
  deployable: DeployableProject;
  /** The service's content-hash image, which a kept service does not deploy in this run. */
  contentImage: ImageRef;
}

/** `deploy --explain`: per service, which inputs made its content tag differ from the image that runs. */
export async function explainRelease(
  context: ExecutorContext,
  env: Environment,
  release: CurrentRelease,
  source: string,
  services: ExplainedService[],
  engine: ContainerEngine | undefined,
): Promise<string> {
  if (release.state === 'unreachable' || release.state === 'pending') {
    return `Explain: ${source} could not be read, so there is no running image to compare the tags with.`;
  }
  const against = release.state === 'not-installed' ? `${source}: none yet` : `${source}${release.revision ? `, revision ${release.revision}` : ''}`;
  const lines = [`Explain: each content tag against what runs in ${against}:`];
  for (const { plan, deployable, contentImage } of services) {
    // Releases deployed before the revision was recorded: the running image's own label, when it is here.
    const running = plan.current && engine ? await withImageRevision(engine, plan.current, formatImageRef('', { ...plan.current, digest: undefined })) : plan.current;
    const explanation = await explainTag(context.root, tagInputs(context, deployable), running, contentImage.tag);
    const kept = !plan.deploying && explanation.kind !== 'unchanged' ? `\n  (not deployed in this run: the release keeps ${formatImageRef(env.registry, plan.next)})` : '';
    lines.push(`${formatExplanation(plan.service, env.registry, explanation, plan.deploying ? plan.next : contentImage)}${kept}`.replace(/^/gm, '  '));
  }
  return lines.join('\n');
}
