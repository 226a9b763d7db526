import {
  Problem, checkMetadata, checkRemoteIndexPrivileges, checkRemoteIndicesNames, checkRoleName,
} from '../../../rules';
import { checkRemoteClusterPrivileges } from '../../../rules/remote-cluster-privileges';
import type { State } from '../../framework';
import { Diagnostic, Unknown, Value, attrPath } from '../../values';
import { tryParse } from '../json-text';
import { nullEntryProblems, objectEntries } from '../list-entries';
import { literal, problemDiagnostics } from '../rule-problems';

/**
 * Validation with the rules shared with the constructs (`src/rules`): role name, `names` and
 * `privileges` of `indices` / `remote_indices`, JSON attributes, and the privileges a
 * `remote_cluster` entry may hold; a null list element is an error at its index. Values known only
 * at apply are not checked.
 */
export function validate(config: State): Diagnostic[] {
  const problems: Problem[] = [...checkRoleName(literal(config.name), 'name')];
  const diags: Diagnostic[] = [];
  const json = (v: Value | undefined, attr: string, i: number | null, field: string): unknown => {
    if (typeof v !== 'string') return undefined;
    const parsed = tryParse(v);
    const prop = i === null ? field : `${attr}[${i}].${field}`;
    if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
      diags.push({
        severity: 'error',
        summary: `Invalid ${prop}`,
        detail: `${prop} is not a JSON object: give e.g. ${field === 'query' ? '{"term":{"team":"a"}}' : field === 'metadata' ? '{"team":"a"}' : '{"grant":["@timestamp","message"]}'}.`,
        path: i === null ? attrPath(field) : attrPath(attr, i, field),
      });
      return undefined;
    }
    return parsed.value;
  };
  const metadata = json(config.metadata, '', null, 'metadata');
  if (metadata !== undefined) problems.push(...checkMetadata(metadata));
  for (const attr of ['indices', 'remote_indices'] as const) {
    problems.push(...nullEntryProblems(config[attr], attr, attr === 'indices' ? 'names and privileges' : 'clusters, names and privileges'));
    objectEntries(config[attr]).forEach(({ entry: e, index: i }) => {
      const prop = `${attr}[${i}]`;
      problems.push(...checkRemoteIndicesNames(literal(e.names), `${prop}.names`, attr === 'indices' ? 'local' : 'remote'));
      problems.push(...checkRemoteIndexPrivileges(literal(e.privileges), `${prop}.privileges`));
      json(e.query, attr, i, 'query');
      json(e.field_security, attr, i, 'field_security');
      if (attr === 'remote_indices') problems.push(...checkClusters(e.clusters, `${prop}.clusters`));
    });
  }
  problems.push(...nullEntryProblems(config.remote_cluster, 'remote_cluster', 'clusters and privileges'));
  objectEntries(config.remote_cluster).forEach(({ entry: e, index: i }) => {
    problems.push(...checkClusters(e.clusters, `remote_cluster[${i}].clusters`), ...checkRemoteClusterPrivileges(literal(e.privileges), `remote_cluster[${i}].privileges`));
  });
  return [...problemDiagnostics(problems), ...diags];
}

/** `clusters`: a non-empty list of non-empty aliases or patterns (Elasticsearch: "remote index cluster alias cannot be an empty string"). */
function checkClusters(clusters: Value | undefined, prop: string): Problem[] {
  if (clusters instanceof Unknown || !Array.isArray(clusters)) return [];
  if (clusters.length === 0) return [{ prop, message: 'is empty, so the entry applies to no remote cluster', fix: 'list the remote cluster alias, e.g. ["remote-a"]' }];
  return clusters.flatMap((c, j) => (c === '' ? [{
    prop: `${prop}[${j}]`, message: 'is empty (Elasticsearch: "remote index cluster alias cannot be an empty string")', fix: 'give the alias, e.g. "remote-a", or "*" for every remote',
  }] : []));
}

