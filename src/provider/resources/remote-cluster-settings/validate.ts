import { checkRemoteClusterAlias, checkRemoteConnectionSettings, checkRemotePortIsNotTransport } from '../../../rules';
import type { State } from '../../framework';
import { Diagnostic, Unknown, isNumberValue } from '../../values';
import { literal, problemDiagnostics } from '../rule-problems';

/**
 * Validation with the rules shared with the constructs (`src/rules/remote-cluster.ts`). Values
 * known only at apply are not checked; an address attribute whose value is unknown still counts
 * as given (a placeholder the rules accept stands for it), and with an unknown `mode` the mode
 * rules are skipped.
 */
export function validate(config: State): Diagnostic[] {
  const n = (v: unknown): unknown => (isNumberValue(v) ? Number(v) : v);
  const seeds = literal(config.seeds);
  const proxyAddress = literal(config.proxy_address);
  const errors = [...checkRemoteClusterAlias(literal(config.alias))];
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
  return [...problemDiagnostics(errors), ...problemDiagnostics(warnings, 'warning')];
}
