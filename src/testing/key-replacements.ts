import { ECCX_KEY_TYPE, ELASTICSTACK_KEY_TYPE, keyBlocks, parseStack, StackDocument } from './synthesized';

/** A cross-cluster API key that a change between two synthesized stacks would replace. */
export interface KeyReplacement {
  /**
   * The key resource's Terraform address in the second stack, e.g.
   * `elasticstack_elasticsearch_security_api_key.Key_961B73FD`.
   */
  readonly address: string;
  /**
   * Changed attributes that always replace the key (a new secret for the local cluster's
   * keystore): `name` and `type`, and `expiration` on the elasticstack provider; on eccx also an
   * `expiration` that was removed.
   */
  readonly attributes: string[];
  /**
   * Changed attributes that replace the key only on some Elasticsearch versions: on eccx,
   * `expiration` changed to another value (replaced below Elasticsearch 8.13, updated in place from
   * 8.13 on). Empty on the elasticstack provider.
   */
  readonly conditionalAttributes: string[];
}

/** Attributes whose change always replaces the key (Terraform's ForceNew / RequiresReplace). */
const FORCE_NEW: Record<string, readonly string[]> = {
  // elastic/elasticstack: schema.go marks name, type and expiration RequiresReplace.
  [ELASTICSTACK_KEY_TYPE]: ['name', 'type', 'expiration'],
  // eccx (src/provider/resources/cross-cluster-api-key.ts): name is requiresReplace; expiration
  // is decided in plan() and handled below.
  [ECCX_KEY_TYPE]: ['name'],
};

/**
 * Answers "which keys would this change replace?" by comparing two synthesized stacks, such as
 * the stack before and after a change of your code or of this library.
 *
 * A replaced key gets a new secret: the local cluster keeps using the old `encoded` value until its
 * keystore gets the new one (the key is created before the old one is invalidated while
 * `createBeforeDestroy` is on). Compare two synths in a test to catch such a change before a plan
 * does. Only the configuration is compared: values known at deploy time (`${...}` expressions)
 * count as changed when their text differs. Attributes listed in the key's
 * `lifecycle.ignore_changes` (or `all`) are not reported, as Terraform ignores them.
 *
 * Elasticsearch updates a cross-cluster key in place with `PUT /_security/cross_cluster/api_key/{id}`
 * (https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-update-cross-cluster-api-key),
 * which changes access, metadata and (from 8.13) the expiration, never the name. The README's
 * "What changes rotate the secret" has the rules per provider.
 */
export class KeyReplacements {
  /**
   * The keys present in both stacks (at the same address, or moved by a `moved` block) whose
   * changes would replace them, sorted by address; empty when none would be replaced.
   *
   * @param before the first stack's synthesized JSON (`Testing.synth(stack)` or a `cdk.tf.json`)
   * @param after the second stack's synthesized JSON
   * @throws when either argument is not a JSON object
   */
  public static between(before: string, after: string): KeyReplacement[] {
    const [old, next] = [parseStack(before, 'before'), parseStack(after, 'after')];
    const oldKeys = keyBlocks(old);
    const movedFrom = movedSources(next);
    const found: KeyReplacement[] = [];
    for (const [address, block] of [...keyBlocks(next)].sort(([a], [b]) => compare(a, b))) {
      const prior = oldKeys.get(movedFrom.get(address) ?? address);
      if (prior === undefined) continue; // a new key: created, nothing replaced
      const changed = (attribute: string) => !ignored(block, attribute) && !sameValue(prior[attribute], block[attribute]);
      const type = address.slice(0, address.indexOf('.'));
      const attributes = FORCE_NEW[type].filter(changed);
      const conditionalAttributes: string[] = [];
      if (type === ECCX_KEY_TYPE && changed('expiration')) {
        // eccx: Elasticsearch cannot remove an expiry, and updates one in place only from 8.13
        (block.expiration === undefined ? attributes : conditionalAttributes).push('expiration');
      }
      if (attributes.length > 0 || conditionalAttributes.length > 0) found.push({ address, attributes, conditionalAttributes });
    }
    return found;
  }

  /**
   * The addresses of keys in `before` that are not in `after` (removed, or at a new address
   * because a construct id or path changed) and that no `moved` block accounts for, sorted.
   * Terraform destroys these (invalidating the key); a key at a new address is created anew with
   * a new secret. Keep a key's address with `key.resource.overrideLogicalId(...)` or a `moved`
   * block (`key.resource.moveFromId(...)`).
   *
   * @param before the first stack's synthesized JSON
   * @param after the second stack's synthesized JSON
   * @throws when either argument is not a JSON object
   */
  public static destroyed(before: string, after: string): string[] {
    const [old, next] = [parseStack(before, 'before'), parseStack(after, 'after')];
    const remaining = new Set([...keyBlocks(next).keys(), ...movedSources(next).values()]);
    return [...keyBlocks(old).keys()].filter((address) => !remaining.has(address)).sort(compare);
  }
}

/** `moved` blocks of a document: new address -> old address. */
function movedSources(doc: StackDocument): Map<string, string> {
  const moved = new Map<string, string>();
  for (const block of [doc.moved ?? []].flat()) {
    if (typeof block?.to === 'string' && typeof block?.from === 'string') moved.set(block.to, block.from);
  }
  return moved;
}

function ignored(block: Record<string, any>, attribute: string): boolean {
  const ignore = block.lifecycle?.ignore_changes;
  return ignore === 'all' || (Array.isArray(ignore) && ignore.includes(attribute));
}

/** Equal configuration values (JSON data: absent and null are the same to Terraform). */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Plain code-unit order, the same on every machine (unlike localeCompare). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
