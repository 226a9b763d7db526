/** Reading a request's JSON body the way Elasticsearch's REST layer reports problems with it. */
import { parseException, xContentParse } from './errors';
import { JsonSyntaxError, ParsedJson, isPlainObject, parseJsonWithPositions } from './json';
import { ParseContext } from './parsing';
import { Req } from './types';

/** The parsed body; `request body is required` when empty and `required`. */
export function body(req: Req, required = true): ParsedJson | undefined {
  if (!req.raw.trim()) {
    if (required) throw parseException('request body is required');
    return undefined;
  }
  try {
    return parseJsonWithPositions(req.raw);
  } catch (e) {
    if (e instanceof JsonSyntaxError) throw xContentParse(e.loc, e.message);
    throw e;
  }
}

/** The body as an object with its parse context (member positions for error messages). */
export function objectBody(req: Req, required = true): { obj: Record<string, unknown>; ctx: ParseContext } | undefined {
  const parsed = body(req, required);
  if (!parsed) return undefined;
  if (!isPlainObject(parsed.value)) {
    throw parseException('request body or source parameter is required');
  }
  return { obj: parsed.value, ctx: { positions: parsed.positions } };
}

/** A boolean query parameter: present and empty, or `true`. */
export function boolParam(v: string | undefined): boolean {
  return v !== undefined && (v === '' || v === 'true');
}
