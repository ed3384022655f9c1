// Checks every rendered object against the Kubernetes OpenAPI schema of its
// kind (types, enums, required fields) with kubernetes-models, offline.
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { StatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';

const models = [
  ConfigMap, Deployment, HorizontalPodAutoscaler, Ingress, Job, Namespace,
  NetworkPolicy, PodDisruptionBudget, Secret, Service, ServiceAccount, StatefulSet,
];

const modelByType = new Map(models.map((Model) => [`${Model.apiVersion}/${Model.kind}`, Model]));

/**
 * @param {Record<string, any>[]} objects
 * @returns {string[]} one message per invalid object; empty when all are valid
 */
export function validateManifests(objects) {
  const errors = [];
  for (const object of objects) {
    const label = `${object.kind ?? '?'} ${object.metadata?.name ?? '?'}`;
    const Model = modelByType.get(`${object.apiVersion}/${object.kind}`);
    if (!Model) {
      errors.push(`${label}: no schema for ${object.apiVersion} ${object.kind}`);
      continue;
    }
    try {
      new Model(object).validate();
    } catch (error) {
      errors.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return errors;
}
