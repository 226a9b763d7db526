import { SIGNING_ATTRIBUTES } from './models';
import { DEPLOY_TIME, checkRemoteClusterAlias, checkRemoteConnectionSettings, checkRemotePortIsNotTransport } from '../../../rules';
import { SigningValues, checkSigning } from '../../../rules/remote-cluster-signing';
import type { State } from '../../framework';
import { Diagnostic, Unknown, Value, isNumberValue } from '../../values';
import { literal, problemDiagnostics } from '../rule-problems';

/** The constructs' signing prop names as this resource's attribute names, for diagnostic paths. */
const SIGNING_RENAME: Readonly<Record<string, string>> = Object.fromEntries(SIGNING_ATTRIBUTES.map(([attr, , prop]) => [prop, attr]));

/** `signing` for the shared rule, by the constructs' prop names; an unknown value stands as DEPLOY_TIME; a wholly unknown object is not checked. */
function signingValues(signing: Value | undefined): SigningValues | undefined {
  if (signing === null || signing === undefined || signing instanceof Unknown || typeof signing !== 'object' || Array.isArray(signing)) return undefined;
  const obj = signing as { readonly [k: string]: Value };
  const out: Record<string, unknown> = {};
  for (const [attr, , prop] of SIGNING_ATTRIBUTES) out[prop] = obj[attr] instanceof Unknown ? DEPLOY_TIME : obj[attr] ?? undefined;
  return out;
}

/**
 * Validation with the rules shared with the constructs (`src/rules/remote-cluster.ts`,
 * `src/rules/remote-cluster-signing.ts`). Values
 * known only at apply are not checked; an address attribute whose value is unknown still counts
 * as given (a placeholder the rules accept stands for it), and with an unknown `mode` the mode
 * rules are skipped.
 */
export function validate(config: State): Diagnostic[] {
  const n = (v: unknown): unknown => (isNumberValue(v) ? Number(v) : v);
  const seeds = literal(config.seeds);
  const proxyAddress = literal(config.proxy_address);
  const errors = [...checkRemoteClusterAlias(literal(config.alias))];
  // The signer's rules (a PEM pair or a keystore, not both); not required here: the key's certificate_identity is not known to this resource.
  errors.push(...checkSigning(String(literal(config.alias) ?? '<alias>'), signingValues(config.signing), false));
  if (!(config.mode instanceof Unknown)) {
    errors.push(...checkRemoteConnectionSettings({
      mode: literal(config.mode),
      seeds: config.seeds !== null && seeds === undefined ? ['placeholder.invalid:9443'] : seeds,
      proxyAddress: config.proxy_address !== null && proxyAddress === undefined ? 'placeholder.invalid:9443' : proxyAddress,
      serverName: literal(config.server_name),
      nodeConnections: n(literal(config.node_connections)),
      proxySocketConnections: n(literal(config.proxy_socket_connections)),
      skipUnavailable: literal(config.skip_unavailable),
    }));
  }
  const warnings = [
    ...(Array.isArray(seeds) ? seeds.flatMap((s, i) => checkRemotePortIsNotTransport(s, `seeds[${i}]`)) : []),
    ...checkRemotePortIsNotTransport(proxyAddress, 'proxy_address'),
  ];
  return [...problemDiagnostics(errors, 'error', { rename: SIGNING_RENAME }), ...problemDiagnostics(warnings, 'warning')];
}
