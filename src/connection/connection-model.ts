import { RemoteClusterSigningProps } from './signing';

/**
 * The one validated model of a remote cluster connection's settings, from which both providers'
 * resources are made: the props with the defaults applied.
 */
export interface ConnectionModel {
  readonly alias: string;
  /** `sniff` or `proxy`. */
  readonly mode: string;
  readonly seeds?: string[];
  readonly proxyAddress?: string;
  readonly serverName?: string;
  readonly nodeConnections?: number;
  readonly proxySocketConnections?: number;
  /** Always written: `true` unless given. */
  readonly skipUnavailable: boolean;
  readonly signing?: RemoteClusterSigningProps;
}

/**
 * `skip_unavailable` when not given: `true`, Elasticsearch's default since 8.15 (before, `false`),
 * written explicitly so that every version behaves the same.
 */
export const DEFAULT_SKIP_UNAVAILABLE = true;
