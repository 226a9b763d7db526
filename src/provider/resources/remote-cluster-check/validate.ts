import { DEFAULT_TIMEOUT_SECONDS, MAX_TIMEOUT_SECONDS } from './schema';
import { checkRemoteClusterAlias } from '../../../rules';
import type { State } from '../../framework';
import { Diagnostic, attrPath, isNumberValue } from '../../values';
import { literal, problemDiagnostics } from '../rule-problems';

/** The alias with the shared rule; `timeout_seconds` from 1 to the maximum. */
export function validate(config: State): Diagnostic[] {
  const diags = problemDiagnostics(checkRemoteClusterAlias(literal(config.alias)));
  const t = config.timeout_seconds;
  if (isNumberValue(t) && !(Number(t) >= 1 && Number(t) <= MAX_TIMEOUT_SECONDS)) {
    diags.push({ severity: 'error', summary: 'Invalid timeout_seconds', detail: `timeout_seconds must be from 1 to ${MAX_TIMEOUT_SECONDS}, got ${String(t)}. Leave it out for ${DEFAULT_TIMEOUT_SECONDS} s.`, path: attrPath('timeout_seconds') });
  }
  return diags;
}
