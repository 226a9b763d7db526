import { MARKER_MEMBER } from './creation-marker';
import { tryParse } from '../json-text';
import { nullEntryProblems, objectEntries } from '../list-entries';
import { checkRotation } from './rotation';
import {
  EntryRef, Problem, ReplicationEntry, SearchEntry, checkAccess, checkExpiration, checkMetadata, checkName,
  checkReplicationEntry, checkReplicationHasNoDlsFls, checkSearchEntry,
} from '../../../rules';
import type { State } from '../../framework';
import { Diagnostic, Obj, Unknown, Value, attrPath, isPlainObject } from '../../values';
import { PropPaths, literal, problemDiagnostics } from '../rule-problems';

/** Validation of a configuration with the rules shared with the constructs (`src/rules`). */

/** `access.search[0].field_security.except[1]` → the path `access.search[0].field_security`. */
export const KEY_PROP_PATHS: PropPaths = { jsonText: new Set(['query', 'field_security', 'metadata']) };

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
    problems.push(...nullEntryProblems(a.search, 'access.search', 'names'), ...nullEntryProblems(a.replication, 'access.replication', 'names'));
    objectEntries(a.search).forEach(({ entry, index: i }) => {
      const prop = `access.search[${i}]`;
      let fieldSecurity: unknown = literal(entry.field_security);
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
        query: literal(entry.query),
        fieldSecurity,
        allowRestrictedIndices: literal(entry.allow_restricted_indices),
      };
      problems.push(...checkSearchEntry(ruleEntry, prop));
      search.push({ entry: ruleEntry, ref: { prop, path: 'in this resource' } });
    });
    objectEntries(a.replication).forEach(({ entry, index: i }) => {
      const prop = `access.replication[${i}]`;
      const ruleEntry = { names: namesForRules(entry.names), allowRestrictedIndices: literal(entry.allow_restricted_indices) };
      problems.push(...checkReplicationEntry(ruleEntry, prop), ...checkReplicationHasNoDlsFls(ruleEntry, prop));
      replication.push({ entry: ruleEntry, ref: { prop, path: 'in this resource' } });
    });
    const accessProblems = checkAccess(search, replication, a.search instanceof Unknown, a.replication instanceof Unknown);
    problems.push(...accessProblems.map((p) => (search.length === 0 && replication.length === 0 && p.prop === 'access'
      ? { ...p, fix: 'add at least one entry to access.search or access.replication' } : p)));
  }
  return [...problemDiagnostics(problems, 'error', KEY_PROP_PATHS), ...diags];
}
