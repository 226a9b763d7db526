import { MARKER_MEMBER } from './creation-marker';
import { tryParse } from '../json-text';
import { listOf } from './models';
import { checkRotation } from './rotation';
import {
  EntryRef, Problem, ReplicationEntry, SearchEntry, checkAccess, checkExpiration, checkMetadata, checkName,
  checkReplicationEntry, checkReplicationHasNoDlsFls, checkSearchEntry, formatProblem,
} from '../../../rules';
import type { State } from '../../framework';
import { AttributePath, Diagnostic, Obj, Unknown, Value, attrPath, isPlainObject } from '../../values';

/** Validation of a configuration with the rules shared with the constructs (`src/rules`). */

const JSON_TEXT_ATTRIBUTES = new Set(['query', 'field_security', 'metadata']);

/** `access.search[0].field_security.except[1]` → the attribute path, stopping at JSON text attributes. */
export function problemPath(prop: string): AttributePath {
  const segments: Array<string | number> = [];
  const re = /([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(prop)) !== null) {
    if (m[1] !== undefined) {
      segments.push(m[1]);
      if (JSON_TEXT_ATTRIBUTES.has(m[1])) break;
    } else {
      segments.push(Number(m[2]));
    }
  }
  return attrPath(...segments);
}

function problemDiagnostic(p: Problem): Diagnostic {
  return { severity: 'error', summary: `Invalid ${p.prop}`, detail: formatProblem(p), path: problemPath(p.prop) };
}

/** Values known only at apply, and nulls, are not checked: undefined for the rules. */
const checkable = (v: Value | undefined): Value | undefined => (v instanceof Unknown || v === null ? undefined : v);

/** A names list for the rules: an unknown name counts as `*` (checked as a valid pattern). */
function namesForRules(names: Value | undefined): unknown {
  if (names instanceof Unknown) return ['*'];
  if (!Array.isArray(names)) return names;
  return names.map((n) => (n instanceof Unknown ? '*' : n));
}

/** Every problem in a configuration, each at its attribute. Unknown values are not checked. */
export function validate(config: State): Diagnostic[] {
  const problems: Problem[] = [];
  const diags: Diagnostic[] = [];
  if (typeof config.name === 'string') problems.push(...checkName(config.name));
  if (typeof config.expiration === 'string') problems.push(...checkExpiration(config.expiration));
  if (typeof config.metadata === 'string') {
    const parsed = tryParse(config.metadata);
    if (!parsed.ok) {
      diags.push({ severity: 'error', summary: 'Invalid metadata', detail: 'metadata is not valid JSON: give a JSON object, e.g. {"team":"a"}.', path: attrPath('metadata') });
    } else {
      problems.push(...checkMetadata(parsed.value));
      if (isPlainObject(parsed.value) && MARKER_MEMBER in parsed.value) {
        diags.push({
          severity: 'error',
          summary: 'Invalid metadata',
          detail: `metadata member "${MARKER_MEMBER}" is reserved: the provider keeps its creation marker there. Rename the member.`,
          path: attrPath('metadata'),
        });
      }
    }
  }
  diags.push(...checkRotation(config.rotation_period, config.expiration));
  const access = config.access;
  if (isPlainObject(access)) {
    const a = access as Obj;
    const search: Array<{ entry: SearchEntry; ref: EntryRef }> = [];
    const replication: Array<{ entry: ReplicationEntry; ref: EntryRef }> = [];
    (listOf(a.search) ?? []).forEach((e, i) => {
      if (!isPlainObject(e)) return;
      const entry = e as Obj;
      const prop = `access.search[${i}]`;
      let fieldSecurity: unknown = checkable(entry.field_security);
      if (typeof fieldSecurity === 'string') {
        const parsed = tryParse(fieldSecurity);
        if (!parsed.ok) {
          diags.push({
            severity: 'error',
            summary: `Invalid ${prop}.field_security`,
            detail: `${prop}.field_security is not valid JSON: give an object such as {"grant":["@timestamp","message"]}.`,
            path: attrPath('access', 'search', i, 'field_security'),
          });
          fieldSecurity = undefined;
        } else {
          fieldSecurity = parsed.value;
        }
      }
      const ruleEntry = {
        names: namesForRules(entry.names),
        query: checkable(entry.query),
        fieldSecurity,
        allowRestrictedIndices: checkable(entry.allow_restricted_indices),
      };
      problems.push(...checkSearchEntry(ruleEntry, prop));
      search.push({ entry: ruleEntry, ref: { prop, path: 'in this resource' } });
    });
    (listOf(a.replication) ?? []).forEach((e, i) => {
      if (!isPlainObject(e)) return;
      const entry = e as Obj;
      const prop = `access.replication[${i}]`;
      const ruleEntry = { names: namesForRules(entry.names), allowRestrictedIndices: checkable(entry.allow_restricted_indices) };
      problems.push(...checkReplicationEntry(ruleEntry, prop), ...checkReplicationHasNoDlsFls(ruleEntry, prop));
      replication.push({ entry: ruleEntry, ref: { prop, path: 'in this resource' } });
    });
    const accessProblems = checkAccess(search, replication, a.search instanceof Unknown, a.replication instanceof Unknown);
    problems.push(...accessProblems.map((p) => (search.length === 0 && replication.length === 0 && p.prop === 'access'
      ? { ...p, fix: 'add at least one entry to access.search or access.replication' } : p)));
  }
  return [...problems.map(problemDiagnostic), ...diags];
}
