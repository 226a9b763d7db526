/**
 * Per-node keystores and `POST /_nodes[/{node_id}]/reload_secure_settings`.
 *
 * Elasticsearch reads secure settings such as `cluster.remote.<alias>.credentials` from a keystore
 * file on each node, written by `elasticsearch-keystore add`, by ECK from a Secret, or by Elastic
 * Cloud. The double stands in for all three with double-only endpoints (README, "Double-only
 * endpoints"): write or remove an entry on one node or on all, list entry names, or write a damaged
 * entry. A reload loads each node's keystore; a node whose keystore cannot be read reports a
 * `reload_exception` in a 200 response and keeps the settings it had (TransportNodesReloadSecureSettingsAction).
 */
import { randomBytes } from 'node:crypto';
import { authorize } from './auth';
import { EsError, illegalArgument } from './errors';
import { objectBody } from './request-body';
import { DoubleContext, DoubleNode, Reply, Req, RouteFn, ok } from './types';

/** KeyStoreWrapper's allowed setting name pattern. */
const SETTING_NAME = /^[A-Za-z0-9_\-.]+$/;

export function newNode(clusterName: string, index: number): DoubleNode {
  return {
    id: randomBytes(16).toString('base64url').slice(0, 22),
    name: `${clusterName}-node-${index}`,
    keystore: new Map(),
    corruptEntries: new Set(),
    loaded: new Map(),
  };
}

export function registerKeystoreRoutes(ctx: DoubleContext, route: RouteFn): void {
  route('POST', '/_nodes/reload_secure_settings', (r) => reload(ctx, r));
  route('POST', '/_nodes/{node}/reload_secure_settings', (r) => reload(ctx, r));
  route('GET', '/_double/keystore', (r) => list(ctx, r));
  route('PUT', '/_double/keystore/{node}/{setting}', (r) => write(ctx, r));
  route('DELETE', '/_double/keystore/{node}/{setting}', (r) => remove(ctx, r));
}

/** Nodes named by `selector`: `_all`, `_local` (the first node), or comma-separated ids or names. */
export function selectNodes(ctx: DoubleContext, selector: string | undefined): DoubleNode[] {
  const nodes = ctx.state.nodes;
  if (!selector || selector === '_all') return nodes;
  if (selector === '_local') return [nodes[0]];
  const wanted = selector.split(',');
  return nodes.filter((n) => wanted.includes(n.id) || wanted.includes(n.name));
}

function nodesOrThrow(ctx: DoubleContext, selector: string): DoubleNode[] {
  const nodes = selectNodes(ctx, selector);
  if (nodes.length === 0) throw new EsError('resource_not_found_exception', `no node matches [${selector}]`, { status: 404 });
  return nodes;
}

/** Keystore access stands in for a host shell: the double asks for the `manage` cluster privilege. */
function authorizeKeystore(r: Req): void {
  authorize(r.principal, 'manage', 'double:keystore', 'manage,all');
}

function nodesReply(nodes: DoubleNode[], extra: (n: DoubleNode) => Record<string, unknown> = () => ({})): Reply {
  return ok({ nodes: Object.fromEntries(nodes.map((n) => [n.id, { name: n.name, ...extra(n) }])) });
}

/**
 * The entry to write: JSON `{"value": "…"}` or `{"corrupt": true}`, or a plain-text body that is the
 * value itself with one trailing newline dropped, as `elasticsearch-keystore add --stdin` reads it
 * [derived], so a command can pipe a credential in without putting it on a command line.
 */
function entryBody(r: Req): { value?: string; corrupt: boolean } {
  const type = String(r.record.headers['content-type'] ?? '');
  if (type.startsWith('text/plain')) return { value: r.raw.replace(/\r?\n$/, ''), corrupt: false };
  const { obj } = objectBody(r)!;
  if (obj.corrupt === true) return { corrupt: true };
  if (typeof obj.value !== 'string') {
    throw illegalArgument('the double\'s keystore takes {"value": "<string>"}, {"corrupt": true} or a text/plain value');
  }
  return { value: obj.value, corrupt: false };
}

function write(ctx: DoubleContext, r: Req): Reply {
  authorizeKeystore(r);
  const setting = r.params.setting;
  if (!SETTING_NAME.test(setting)) {
    throw illegalArgument(`Setting name [${setting}] does not match the allowed setting name pattern [[A-Za-z0-9_\\-.]+]`);
  }
  const { value, corrupt } = entryBody(r);
  const nodes = nodesOrThrow(ctx, r.params.node);
  for (const n of nodes) {
    if (corrupt) {
      n.keystore.delete(setting);
      n.corruptEntries.add(setting);
    } else {
      n.corruptEntries.delete(setting);
      n.keystore.set(setting, value!);
    }
  }
  return nodesReply(nodes);
}

function remove(ctx: DoubleContext, r: Req): Reply {
  authorizeKeystore(r);
  const nodes = nodesOrThrow(ctx, r.params.node);
  for (const n of nodes) {
    n.keystore.delete(r.params.setting);
    n.corruptEntries.delete(r.params.setting);
  }
  return nodesReply(nodes);
}

/** Entry names per node, never values (as `elasticsearch-keystore list`). */
function list(ctx: DoubleContext, r: Req): Reply {
  authorizeKeystore(r);
  return nodesReply(ctx.state.nodes, (n) => ({
    settings: [...new Set([...n.keystore.keys(), ...n.corruptEntries])].sort(),
  }));
}

/** Load one node's keystore; the error Elasticsearch reports when it cannot be read. */
function reloadNode(n: DoubleNode): Record<string, unknown> | undefined {
  if (n.corruptEntries.size > 0) {
    // The reason a reload gives for a keystore that fails its integrity check (upstream
    // ReloadSecureSettingsWithPasswordProtectedKeystoreRestIT accepts it); that a damaged entry
    // leads there is [derived].
    return { type: 'security_exception', reason: 'Keystore has been corrupted or tampered with' };
  }
  n.loaded.clear();
  for (const [k, v] of n.keystore) n.loaded.set(k, v);
  return undefined;
}

function reload(ctx: DoubleContext, r: Req): Reply {
  authorize(r.principal, 'manage', 'cluster:admin/nodes/reload_secure_settings', 'manage,all');
  // The double's keystores have no password, so a `secure_settings_password` in the body is not used.
  const nodes = selectNodes(ctx, r.params.node);
  const results = new Map(nodes.map((n) => [n, reloadNode(n)]));
  ctx.state.reloadCount++;
  return ok({
    // A node that answered with a reload_exception still counts as successful (BaseNodesResponse).
    _nodes: { total: nodes.length, successful: nodes.length, failed: 0 },
    cluster_name: ctx.clusterName,
    nodes: Object.fromEntries(nodes.map((n) => {
      const e = results.get(n);
      return [n.id, e ? { name: n.name, reload_exception: e } : { name: n.name }];
    })),
  });
}
