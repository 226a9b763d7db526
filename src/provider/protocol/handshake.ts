/**
 * go-plugin's launch contract, as Terraform uses it: the magic cookie in the environment, the
 * protocol versions Terraform speaks, and the handshake line on stdout.
 */
export const MAGIC_COOKIE_KEY = 'TF_PLUGIN_MAGIC_COOKIE';
export const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';
/** go-plugin's core protocol version (first field of the handshake line). */
export const CORE_PROTOCOL_VERSION = 1;
/** Terraform plugin protocol version served here. */
export const APP_PROTOCOL_VERSION = 6;

export type LaunchCheck =
  | { readonly ok: true; readonly clientCertPem: string }
  | { readonly ok: false; readonly message: string };

/** Decides whether the process was started by Terraform; otherwise explains what it is. */
export function checkLaunch(env: NodeJS.ProcessEnv, executable: string): LaunchCheck {
  if (env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
    return {
      ok: false,
      message: [
        `${executable} is a Terraform provider (plugin protocol ${APP_PROTOCOL_VERSION}).`,
        'It is not meant to be run directly: Terraform starts it when a configuration uses it.',
        'Install it with `npx cdktf-elastic-cross-cluster provider install`, then run',
        '`terraform init` (or `cdktf deploy`) in a project that requires the provider.',
        '',
      ].join('\n'),
    };
  }
  const versions = (env.PLUGIN_PROTOCOL_VERSIONS ?? '').split(',').map((v) => v.trim()).filter(Boolean);
  if (versions.length > 0 && !versions.includes(String(APP_PROTOCOL_VERSION))) {
    return {
      ok: false,
      message: `This provider speaks plugin protocol ${APP_PROTOCOL_VERSION}; Terraform offered ${versions.join(', ')}. `
        + 'Use Terraform 1.0 or later.\n',
    };
  }
  const clientCertPem = env.PLUGIN_CLIENT_CERT;
  if (!clientCertPem || !clientCertPem.includes('BEGIN CERTIFICATE')) {
    return {
      ok: false,
      message: 'PLUGIN_CLIENT_CERT is not set: this provider only runs with automatic mutual TLS, '
        + 'which Terraform always uses.\n',
    };
  }
  return { ok: true, clientCertPem };
}

/** Standard base64 without padding (Go's base64.RawStdEncoding), as go-plugin expects the certificate. */
export function rawStdBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64').replace(/=+$/, '');
}

/** `1|6|tcp|127.0.0.1:PORT|grpc|CERT` */
export function handshakeLine(address: string, certDer: Uint8Array): string {
  return `${CORE_PROTOCOL_VERSION}|${APP_PROTOCOL_VERSION}|tcp|${address}|grpc|${rawStdBase64(certDer)}\n`;
}
