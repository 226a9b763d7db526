import type { State } from '../../framework';
import { Obj, Value, attrPath, isPlainObject } from '../../values';
import { keepOrCanonical, parseObject } from '../json-text';
import { objectEntries } from '../list-entries';

/** Mapping between the role's attributes and `PUT /_security/role` / `GET /_security/role` JSON. */

type Json = Record<string, unknown>;

function indexEntryBody(e: Obj, attr: string, i: number): Json {
  const body: Json = { names: e.names, privileges: e.privileges, allow_restricted_indices: e.allow_restricted_indices === true };
  if (Array.isArray(e.clusters)) body.clusters = e.clusters;
  if (typeof e.query === 'string') body.query = parseObject(e.query, attrPath(attr, i, 'query'), `${attr}[${i}].query`);
  if (typeof e.field_security === 'string') {
    body.field_security = parseObject(e.field_security, attrPath(attr, i, 'field_security'), `${attr}[${i}].field_security`);
  }
  return body;
}

/**
 * The request body for a planned state. `PUT /_security/role` replaces the whole descriptor, so
 * what is left out goes away; `remote_indices` and `remote_cluster` are sent only when non-empty,
 * so a role without them also works on clusters older than 8.10 / 8.15, which refuse the fields.
 */
export function roleBody(planned: Obj): Json {
  const remoteIndices = objectEntries(planned.remote_indices).map(({ entry, index }) => indexEntryBody(entry, 'remote_indices', index));
  const remoteCluster = objectEntries(planned.remote_cluster).map(({ entry }) => ({ clusters: entry.clusters, privileges: entry.privileges }));
  return {
    cluster: Array.isArray(planned.cluster) ? planned.cluster : [],
    indices: objectEntries(planned.indices).map(({ entry, index }) => indexEntryBody(entry, 'indices', index)),
    ...(remoteIndices.length > 0 ? { remote_indices: remoteIndices } : {}),
    ...(remoteCluster.length > 0 ? { remote_cluster: remoteCluster } : {}),
    metadata: typeof planned.metadata === 'string' ? parseObject(planned.metadata, attrPath('metadata'), 'metadata') : {},
  };
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);

/** An empty server list is null in state unless the prior state said `[]`. */
function listOrNull<T>(items: T[], prior: Value | undefined): T[] | null {
  return items.length === 0 && !(Array.isArray(prior) && prior.length === 0) ? null : items;
}

function indexEntryState(s: Json, prior: Obj | undefined, withClusters: boolean): Obj {
  const p = prior ?? {};
  const restricted = s.allow_restricted_indices === true;
  const present = (v: unknown): boolean => v !== undefined && v !== null && v !== '';
  return {
    ...(withClusters ? { clusters: strings(s.clusters) } : {}),
    names: strings(s.names),
    privileges: strings(s.privileges),
    query: present(s.query) ? keepOrCanonical(p.query, s.query) : null,
    field_security: isPlainObject(s.field_security) && Object.keys(s.field_security).length > 0
      ? keepOrCanonical(p.field_security, s.field_security) : null,
    // false is Elasticsearch's default: null in state unless the configuration said false
    allow_restricted_indices: restricted ? true : p.allow_restricted_indices === false ? false : null,
  };
}

function indexEntries(server: unknown, prior: Value | undefined, withClusters: boolean): Obj[] | null {
  const list = Array.isArray(server) ? server.filter(isPlainObject) : [];
  // the server's entries are the objects sent, in order: they pair with the prior objects, not indices
  const priorList = objectEntries(prior).map(({ entry }) => entry);
  return listOrNull(list.map((s, i) => indexEntryState(s, priorList[i], withClusters)), prior);
}

/** The state for a role as Elasticsearch reports it, keeping the prior text of equal JSON values. */
export function stateFromRole(name: string, role: Json, prior: Obj): State {
  const metadata = isPlainObject(role.metadata) ? role.metadata : {};
  const remoteCluster = (Array.isArray(role.remote_cluster) ? role.remote_cluster.filter(isPlainObject) : [])
    .map((e) => ({ clusters: strings(e.clusters), privileges: strings(e.privileges) }));
  return {
    id: name,
    name,
    cluster: listOrNull(strings(role.cluster), prior.cluster),
    indices: indexEntries(role.indices, prior.indices, false),
    remote_indices: indexEntries(role.remote_indices, prior.remote_indices, true),
    remote_cluster: listOrNull(remoteCluster, prior.remote_cluster),
    metadata: Object.keys(metadata).length === 0 && typeof prior.metadata !== 'string' ? null : keepOrCanonical(prior.metadata, metadata),
  };
}
