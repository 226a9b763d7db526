import type { DynamicValueMsg } from '../protocol/messages';
import {
  CtyType, Diagnostic, Value, ValueError, containsUnknown, decodeJson, decodeMsgpack, encodeMsgpack,
} from '../values';
import { valueErrorDiagnostic } from './convert';

/** Thrown inside an RPC method to end the call with these diagnostics. */
export class Abort extends Error {
  public constructor(public readonly diagnostics: Diagnostic[]) { super('aborted'); }
}

/** A tfplugin6 DynamicValue (msgpack, or JSON) as a plain value of `type`; bad input aborts the call. */
export function decodeDynamic(dv: DynamicValueMsg | undefined, type: CtyType, what: string): Value {
  try {
    if (dv?.msgpack && dv.msgpack.length > 0) return decodeMsgpack(dv.msgpack, type);
    if (dv?.json && dv.json.length > 0) return decodeJson(dv.json, type, { ignoreUndefinedAttributes: false });
    return null;
  } catch (err) {
    if (err instanceof ValueError) throw new Abort([valueErrorDiagnostic(`Invalid ${what} received from Terraform`, err)]);
    throw err;
  }
}

/** A plain value as a msgpack DynamicValue; a value that does not fit `type` aborts the call. */
export function encodeDynamic(value: Value, type: CtyType, what: string): DynamicValueMsg {
  try {
    return { msgpack: encodeMsgpack(value, type) };
  } catch (err) {
    if (err instanceof ValueError) {
      throw new Abort([valueErrorDiagnostic(`Provider produced an invalid ${what}`, err)]);
    }
    throw err;
  }
}

/** Aborts when a state returned by a resource still holds unknown values. */
export function requireKnown(state: Value, what: string): void {
  if (state !== null && containsUnknown(state)) {
    const attrs = Object.entries(state as Record<string, Value>).filter(([, v]) => containsUnknown(v)).map(([k]) => k);
    throw new Abort([{
      severity: 'error',
      summary: `Provider returned unknown values after ${what}`,
      detail: `These attributes are still unknown: ${attrs.join(', ')}. Set them to their final values.`,
      path: attrs.length > 0 ? [{ attribute: attrs[0] }] : undefined,
    }]);
  }
}
