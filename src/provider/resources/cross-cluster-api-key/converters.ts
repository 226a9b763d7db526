import { splitMarker } from './creation-marker';
import { keepOrCanonical, parseObject } from '../json-text';
import { objectEntries } from '../list-entries';
import { ServerKey, str } from './models';
import { rotationTimestamp } from './rotation';
import type { State } from '../../framework';
import { Obj, Unknown, Value, attrPath, isPlainObject } from '../../values';

/** Mapping between Terraform values and Elasticsearch's JSON, both ways. */

/** The `access` request body from the planned `access` attribute (null entries, which validation refuses, left out). */
export function accessBody(access: Value): Record<string, unknown> {
  const a = (isPlainObject(access) ? access : {}) as Obj;
  const out: Record<string, unknown> = {};
  const search = objectEntries(a.search).map(({ entry, index: i }) => {
    const body: Record<string, unknown> = { names: entry.names, allow_restricted_indices: entry.allow_restricted_indices === true };
    if (typeof entry.query === 'string') body.query = parseObject(entry.query, attrPath('access', 'search', i, 'query'), `access.search[${i}].query`);
    if (typeof entry.field_security === 'string') {
      body.field_security = parseObject(entry.field_security, attrPath('access', 'search', i, 'field_security'), `access.search[${i}].field_security`);
    }
    return body;
  });
  const replication = objectEntries(a.replication)
    .map(({ entry }) => ({ names: entry.names, allow_restricted_indices: entry.allow_restricted_indices === true }));
  if (search.length > 0) out.search = search;
  if (replication.length > 0) out.replication = replication;
  return out;
}

/** The planned access with `allow_restricted_indices` false where the configuration leaves it null. */
export function withDefaults(access: Value, config: Value): Value {
  if (!isPlainObject(access)) return access;
  const a = access as Obj;
  const c = (isPlainObject(config) ? config : {}) as Obj;
  const fill = (list: Value | undefined, cfg: Value | undefined): Value => {
    if (!Array.isArray(list)) return list ?? null;
    const cfgList = Array.isArray(cfg) ? cfg : [];
    return list.map((e, i) => {
      if (!isPlainObject(e)) return e;
      const entry = e as Obj;
      const cfgEntry = (isPlainObject(cfgList[i]) ? cfgList[i] : {}) as Obj;
      if (cfgEntry.allow_restricted_indices instanceof Unknown) return entry;
      if (typeof cfgEntry.allow_restricted_indices === 'boolean') return { ...entry, allow_restricted_indices: cfgEntry.allow_restricted_indices };
      return { ...entry, allow_restricted_indices: false };
    });
  };
  return { ...a, search: fill(a.search, c.search), replication: fill(a.replication, c.replication) };
}

function namesOf(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((n): n is string => typeof n === 'string') : [];
}

function entriesFromServer(server: unknown, prior: Value | undefined, search: boolean): Value {
  const list = Array.isArray(server) ? server.filter(isPlainObject) : [];
  const priorList = Array.isArray(prior) ? prior : undefined;
  if (list.length === 0) return priorList && priorList.length === 0 ? [] : null;
  return list.map((s, i) => {
    const p = (priorList && isPlainObject(priorList[i]) ? priorList[i] : {}) as Obj;
    const entry: Record<string, Value> = { names: namesOf(s.names) };
    if (search) {
      entry.query = s.query === undefined || s.query === null || s.query === '' ? null : keepOrCanonical(p.query, s.query);
      entry.field_security = isPlainObject(s.field_security) ? keepOrCanonical(p.field_security, s.field_security) : null;
    }
    entry.allow_restricted_indices = s.allow_restricted_indices === true;
    return entry;
  });
}

/** The state for a key as Elasticsearch reports it, keeping the prior text of equal JSON values. */
export function stateFromServer(prior: Obj, key: ServerKey): State {
  const priorAccess = (isPlainObject(prior.access) ? prior.access : {}) as Obj;
  const access = (isPlainObject(key.access) ? key.access : {}) as Record<string, unknown>;
  const { user: metadata, token } = splitMarker(key.metadata);
  const id = String(key.id);
  const creation = typeof key.creation === 'number' ? key.creation : prior.creation_timestamp ?? null;
  return {
    id,
    key_id: id,
    name: typeof key.name === 'string' ? key.name : str(prior.name),
    expiration: str(prior.expiration),
    expiration_timestamp: typeof key.expiration === 'number' ? key.expiration : null,
    // metadata {} is "none": null unless the configuration says {}
    metadata: Object.keys(metadata).length === 0 && typeof prior.metadata !== 'string' ? null : keepOrCanonical(prior.metadata, metadata),
    access: {
      search: entriesFromServer(access.search, priorAccess.search, true),
      replication: entriesFromServer(access.replication, priorAccess.replication, false),
    },
    certificate_identity: typeof key.certificate_identity === 'string' ? key.certificate_identity : null,
    rotation_period: str(prior.rotation_period),
    creation_timestamp: creation,
    rotation_timestamp: rotationTimestamp(creation, prior.rotation_period),
    create_token: token ?? str(prior.create_token),
    api_key: str(prior.api_key),
    encoded: str(prior.encoded),
  };
}

