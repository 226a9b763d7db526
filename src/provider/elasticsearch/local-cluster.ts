import { esCall } from './client';
import type { ProviderData } from '../connection';
import type { CallContext } from '../framework';
import { DiagnosticError, isPlainObject } from '../values';

/**
 * Calls on the local (querying) cluster of the API-key remote-cluster model: persistent cluster
 * settings, roles, the secure-settings reload, `_remote/info` and `_resolve/cluster`. Each returns
 * Elasticsearch's JSON after checking its outer shape; callers read the members they need.
 */

type Ctx = CallContext<ProviderData>;
type Json = Record<string, unknown>;

function objectOrFail(res: unknown, what: string): Json {
  if (!isPlainObject(res)) throw new DiagnosticError('Malformed Elasticsearch response', `The answer to ${what} is not a JSON object.`);
  return res;
}

/** `GET /_cluster/settings?flat_settings=true`: the persistent settings, keys flat (`cluster.remote.a.mode`). */
export async function persistentSettings(ctx: Ctx): Promise<Json> {
  const what = 'GET /_cluster/settings';
  const res = objectOrFail(await esCall(ctx, 'read the cluster settings (GET /_cluster/settings)', {
    method: 'GET', path: '/_cluster/settings', querystring: { flat_settings: true },
  }), what);
  return isPlainObject(res.persistent) ? res.persistent : {};
}

/** `PUT /_cluster/settings` with flat persistent keys; a null value removes the key. One request, applied whole or not at all. */
export async function putPersistentSettings(ctx: Ctx, settings: Json, what: string): Promise<void> {
  const res = objectOrFail(await esCall(ctx, what, { method: 'PUT', path: '/_cluster/settings', body: { persistent: settings } }), 'PUT /_cluster/settings');
  if (res.acknowledged !== true) {
    throw new DiagnosticError('Cluster settings not acknowledged',
      `Elasticsearch answered PUT /_cluster/settings with acknowledged: ${String(res.acknowledged)} while trying to ${what}; `
      + 'the master may apply them later. Run terraform apply again to converge.');
  }
}

/** `GET /_security/role/{name}`: the role's descriptor, or null when there is none. */
export async function getRole(ctx: Ctx, name: string): Promise<Json | null> {
  const res = await esCall<unknown>(ctx, `read role ${name}`, { method: 'GET', path: `/_security/role/${encodeURIComponent(name)}` }, null);
  if (res === null) return null;
  const roles = objectOrFail(res, `GET /_security/role/${name}`);
  return isPlainObject(roles[name]) ? roles[name] as Json : null;
}

/** `PUT /_security/role/{name}`: creates or replaces the role. */
export async function putRole(ctx: Ctx, name: string, body: Json): Promise<void> {
  const res = objectOrFail(await esCall(ctx, `write role ${name}`, { method: 'PUT', path: `/_security/role/${encodeURIComponent(name)}`, body }),
    `PUT /_security/role/${name}`);
  if (!isPlainObject(res.role)) throw new DiagnosticError('Malformed Elasticsearch response', `The answer to PUT /_security/role/${name} has no "role" object.`);
}

/** `DELETE /_security/role/{name}`; a role that is already gone counts as deleted. */
export async function deleteRole(ctx: Ctx, name: string): Promise<void> {
  await esCall(ctx, `delete role ${name}`, { method: 'DELETE', path: `/_security/role/${encodeURIComponent(name)}` }, null);
}

/** `POST /_nodes[/{ids}]/reload_secure_settings`: the answer, always 200 even when nodes fail. */
export async function reloadSecureSettings(ctx: Ctx, nodeIds: readonly string[], password: string | null): Promise<Json> {
  const path = nodeIds.length > 0 ? `/_nodes/${nodeIds.map(encodeURIComponent).join(',')}/reload_secure_settings` : '/_nodes/reload_secure_settings';
  const body = password === null ? undefined : { secure_settings_password: password };
  return objectOrFail(await esCall(ctx, 'reload secure settings (POST _nodes/reload_secure_settings)', { method: 'POST', path, body }),
    'POST _nodes/reload_secure_settings');
}

/** `GET /_remote/info`: one entry per enabled alias. */
export async function remoteInfo(ctx: Ctx): Promise<Json> {
  return objectOrFail(await esCall(ctx, 'read the remote clusters (GET /_remote/info)', { method: 'GET', path: '/_remote/info' }), 'GET /_remote/info');
}

/**
 * `GET /_resolve/cluster` (8.18+, every remote, no index privileges needed) or
 * `GET /_resolve/cluster/<alias>:*` (8.13 to 8.17): contacts the remote, which `_remote/info` does
 * not, and reports why it is not usable (`error`). The alias's entry, or null when it has none.
 */
export async function resolveRemote(ctx: Ctx, alias: string, allRemotesForm: boolean): Promise<Json | null> {
  const path = allRemotesForm ? '/_resolve/cluster' : `/_resolve/cluster/${encodeURIComponent(`${alias}:*`)}`;
  const res = objectOrFail(await esCall(ctx, `resolve remote cluster ${alias} (GET ${path})`, { method: 'GET', path }), `GET ${path}`);
  return isPlainObject(res[alias]) ? res[alias] as Json : null;
}
