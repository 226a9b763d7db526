/**
 * The local side of a cross-cluster connection. For each enabled alias the coordinating node (the
 * first node) opens a real TCP connection to the alias's addresses (the seeds in sniff mode, the
 * proxy address in proxy mode) and sends a handshake with the credential its last reload loaded.
 * The alias is connected when one address answers the handshake with success. Every check connects
 * afresh (README, "How the local double reaches the remote").
 */
import { AliasConfig } from './remote-aliases';
import { ConnectFailure, WireError, WireReply, WireRequest, exchange } from './remote-cluster-wire';
import { DoubleContext } from './types';

export interface ConnectionAttempt {
  readonly connected: boolean;
  /** The remote's handshake answer when connected. */
  readonly remote?: WireReply;
  /** Why not: the remote's error, or a connect failure. */
  readonly error?: WireError;
}

/** The credential the coordinating node loaded for `alias`, if any. */
export function loadedCredential(ctx: DoubleContext, alias: string): string | undefined {
  return ctx.state.nodes[0].loaded.get(`cluster.remote.${alias}.credentials`);
}

const connectError = (f: ConnectFailure): WireError => ({
  type: 'connect_transport_exception', reason: f.message, status: 500,
});

/** Send `request` to the first address that answers; the last failure when none does. */
export async function sendToRemote(ctx: DoubleContext, config: AliasConfig, request: WireRequest): Promise<ConnectionAttempt> {
  let lastError: WireError = { type: 'connect_transport_exception', reason: `Unable to connect to [${config.alias}]`, status: 500 };
  for (const address of config.addresses) {
    try {
      const reply = await exchange(address, request, ctx.connectTimeoutMs);
      if (!reply.error) return { connected: true, remote: reply };
      lastError = reply.error;
    } catch (e) {
      if (!(e instanceof ConnectFailure)) throw e;
      lastError = connectError(e);
    }
  }
  return { connected: false, error: lastError };
}

/** Handshake with the alias's remote using the loaded credential. */
export function connect(ctx: DoubleContext, config: AliasConfig): Promise<ConnectionAttempt> {
  return sendToRemote(ctx, config, { action: 'handshake', credentials: loadedCredential(ctx, config.alias) });
}
