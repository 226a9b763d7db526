/**
 * Cross-cluster `access` → the `cross_cluster` role descriptor, as Elasticsearch builds it
 * (fact sheet §2.2, §2.3, §3).
 */
import { EsError, illegalArgument, parseException, xContentParse } from './errors';
import { isPlainObject, tokenName } from './json';
import { ParseContext, memberLoc } from './parsing';
import { Version, atLeast } from './version';

export interface IndicesPrivileges {
  names: string[];
  privileges: string[];
  field_security?: { grant?: string[]; except?: string[] };
  /** Always a string (Elasticsearch renders the query as a JSON string). */
  query?: string;
  allow_restricted_indices: boolean;
}

export interface RoleDescriptorJson {
  cluster: string[];
  indices: Record<string, unknown>[];
  applications: unknown[];
  run_as: string[];
  metadata: Record<string, unknown>;
  transient_metadata: { enabled: boolean };
  [extra: string]: unknown;
}

const SEARCH_PRIVILEGES = ['read', 'read_cross_cluster', 'view_index_metadata'];
const REPLICATION_PRIVILEGES = ['cross_cluster_replication', 'cross_cluster_replication_internal'];

const fail = (role: string, msg: string): EsError => parseException(`failed to parse indices privileges for role [${role}]. ${msg}`);

function stringArray(role: string, field: string, v: unknown, nullMessage?: string): string[] {
  if (v === null && nullMessage) throw fail(role, nullMessage);
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  const found = Array.isArray(v) ? tokenName(v.find((x) => typeof x !== 'string')) : tokenName(v);
  throw fail(role, `expected field [${field}] value to be a string or an array of strings, but found [${found}] instead`);
}

/** Glob-style `*`/`?` match, used for the field_security except-is-subset-of-grant check. */
export function wildcardMatch(pattern: string, value: string): boolean {
  const re = new RegExp('^' + pattern.split('').map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('') + '$');
  return re.test(value);
}

/**
 * Parse one `indices`-style entry (RoleDescriptor.parseIndex). When `fixedPrivileges` is given
 * (cross-cluster access), a `privileges` field is forbidden and the fixed ones are used.
 */
export function parseIndicesEntry(
  role: string,
  entry: unknown,
  arrayField: string,
  fixedPrivileges?: string[],
  extraFields: string[] = [],
): IndicesPrivileges & Record<string, unknown> {
  if (!isPlainObject(entry)) {
    throw fail(role, `expected field [${arrayField}] value to be an array of objects, but found an array element of type [${tokenName(entry)}]`)
    ;
  }
  const out: IndicesPrivileges & Record<string, unknown> = { names: [], privileges: fixedPrivileges ?? [], allow_restricted_indices: false };
  let sawNames = false;
  let sawPrivileges = false;
  for (const [k, v] of Object.entries(entry)) {
    switch (k) {
      case 'names':
        out.names = stringArray(role, 'names', v);
        if (out.names.length === 0) throw fail(role, '[names] cannot be an empty array');
        sawNames = true;
        break;
      case 'field_security': {
        if (v === null) break;
        if (!isPlainObject(v)) {
          throw fail(role, `expected field [field_security] value to be an object, but found [${tokenName(v)}] instead`);
        }
        if (Object.keys(v).length === 0) throw fail(role, '"field_security" must not be empty.');
        const fs: { grant?: string[]; except?: string[] } = {};
        for (const [fk, fv] of Object.entries(v)) {
          if (fk === 'grant') fs.grant = stringArray(role, 'grant', fv, 'grant must not be null.');
          else if (fk === 'except') fs.except = stringArray(role, 'except', fv, 'except must not be null.');
          else throw fail(role, `"field_security" only accepts fields [grant] and [except], but found [${fk}]`);
        }
        if (fs.except && !fs.grant) throw fail(role, 'field_security requires grant if except is given');
        if (fs.except && fs.grant) {
          const grant = fs.grant;
          const notCovered = fs.except.filter((e) => !grant.some((g) => wildcardMatch(g, e)));
          if (notCovered.length > 0) {
            throw parseException(
              `failed to parse indices privileges for role [${role}] - Exceptions for field permissions must be a subset of the granted fields but [${fs.except.join(',')}] is not a subset of [${grant.join(',')}]`,
            );
          }
        }
        out.field_security = fs;
        break;
      }
      case 'query':
        if (v === null || v === '') break;
        if (typeof v === 'string') out.query = v;
        else if (isPlainObject(v) || Array.isArray(v)) out.query = JSON.stringify(v);
        else throw fail(role, `expected field [query] value to be null, a string, an array, or an object, but found [${tokenName(v)}] instead`);
        break;
      case 'allow_restricted_indices':
        if (typeof v !== 'boolean') {
          throw fail(role, `expected field [allow_restricted_indices] value to be a boolean, but found [${tokenName(v)}] instead`);
        }
        out.allow_restricted_indices = v;
        break;
      case 'privileges':
        if (fixedPrivileges) throw fail(role, 'field [privileges] must not present');
        out.privileges = stringArray(role, 'privileges', v);
        sawPrivileges = true;
        break;
      default:
        if (extraFields.includes(k)) {
          out[k] = v;
          break;
        }
        throw fail(role, `unexpected field [${k}]`);
    }
  }
  if (!sawNames) throw fail(role, 'missing required [names] field');
  if (!fixedPrivileges && !sawPrivileges) throw fail(role, 'missing required [privileges] field');
  return out;
}

export function usesDlsOrFls(p: IndicesPrivileges): boolean {
  if (p.query !== undefined) return true;
  const fs = p.field_security;
  if (!fs) return false;
  const grantsAll = fs.grant !== undefined && fs.grant.length === 1 && fs.grant[0] === '*';
  const hasGranted = fs.grant !== undefined && !grantsAll;
  const hasDenied = fs.except !== undefined && fs.except.length > 0;
  return hasGranted || hasDenied;
}

export interface ParsedAccess {
  readonly search: IndicesPrivileges[];
  readonly replication: IndicesPrivileges[];
}

/** The `cross_cluster_api_key_request_access` parser. */
export function parseAccess(ctx: ParseContext, access: Record<string, unknown>): ParsedAccess {
  const parser = 'cross_cluster_api_key_request_access';
  const result: { search: IndicesPrivileges[]; replication: IndicesPrivileges[] } = { search: [], replication: [] };
  const order = [...(ctx.positions.get(access)?.keys() ?? Object.keys(access))];
  for (const name of order) {
    const { keyLoc, valueLoc } = memberLoc(ctx, access, name);
    if (name !== 'search' && name !== 'replication') throw xContentParse(keyLoc, `[${parser}] unknown field [${name}]`);
    const v = access[name];
    if (!(Array.isArray(v) || isPlainObject(v))) {
      throw xContentParse(valueLoc, `[${parser}] ${name} doesn't support values of type: ${tokenName(v)}`);
    }
    const entries = Array.isArray(v) ? v : [v];
    try {
      result[name] = entries.map((e) => parseIndicesEntry('cross_cluster', e, name, name === 'search' ? SEARCH_PRIVILEGES : REPLICATION_PRIVILEGES));
    } catch (e) {
      if (e instanceof EsError) throw xContentParse(valueLoc, `[${parser}] failed to parse field [${name}]`, e);
      throw e;
    }
  }
  return result;
}

/** CrossClusterApiKeyRoleDescriptorBuilder.build(), version-aware. */
export function buildCrossClusterRoleDescriptor(access: ParsedAccess, version: Version): RoleDescriptorJson {
  const { search, replication } = access;
  if (search.length === 0 && replication.length === 0) {
    throw illegalArgument('must specify non-empty access for either [search] or [replication]');
  }
  if (replication.some(usesDlsOrFls)) {
    throw illegalArgument('replication does not support document or field level security');
  }
  if (atLeast(version, 8, 14) && search.length > 0 && replication.length > 0 && search.some(usesDlsOrFls)) {
    throw illegalArgument('search does not support document or field level security if replication is assigned');
  }
  const cluster: string[] = [];
  if (search.length > 0) {
    cluster.push('cross_cluster_search');
    if (atLeast(version, 8, 15)) cluster.push('monitor_enrich');
  }
  if (replication.length > 0) cluster.push('cross_cluster_replication');
  return {
    cluster,
    indices: [...search, ...replication].map(indicesToJson),
    applications: [],
    run_as: [],
    metadata: {},
    transient_metadata: { enabled: true },
  };
}

export function indicesToJson(p: IndicesPrivileges): Record<string, unknown> {
  const out: Record<string, unknown> = { names: [...p.names], privileges: [...p.privileges] };
  if (p.field_security) out.field_security = { ...p.field_security };
  if (p.query !== undefined) out.query = p.query;
  out.allow_restricted_indices = p.allow_restricted_indices;
  return out;
}

/** The `access` object GET returns: the role descriptor's indices without `privileges`. */
export function accessFromDescriptor(rd: RoleDescriptorJson): Record<string, unknown> {
  const search: Record<string, unknown>[] = [];
  const replication: Record<string, unknown>[] = [];
  for (const idx of rd.indices) {
    const { privileges, ...rest } = idx as { privileges: string[] };
    if (privileges.includes('cross_cluster_replication')) replication.push(rest);
    else search.push(rest);
  }
  const out: Record<string, unknown> = {};
  if (search.length > 0) out.search = search;
  if (replication.length > 0) out.replication = replication;
  return out;
}
