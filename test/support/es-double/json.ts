/**
 * A small JSON parser that remembers where each object member starts, so that the double can
 * prefix parser errors with `[line:column]` the way Elasticsearch's XContent parser does.
 */

export interface Location {
  readonly line: number;
  readonly column: number;
}

export interface MemberInfo {
  /** Where the member's name token starts. */
  readonly keyLoc: Location;
  /** Where the member's value token starts. */
  readonly valueLoc: Location;
}

/** Object → its members, in document order. */
export type Positions = WeakMap<object, Map<string, MemberInfo>>;

export class JsonSyntaxError extends Error {
  constructor(message: string, public readonly loc: Location) {
    super(message);
  }
}

export interface ParsedJson {
  readonly value: unknown;
  readonly positions: Positions;
}

export function parseJsonWithPositions(text: string): ParsedJson {
  const positions: Positions = new WeakMap();
  let i = 0;
  let line = 1;
  let lineStart = 0;

  const loc = (): Location => ({ line, column: i - lineStart + 1 });
  const fail = (msg: string): never => {
    throw new JsonSyntaxError(msg, loc());
  };
  const ws = () => {
    while (i < text.length) {
      const c = text[i];
      if (c === '\n') {
        line++;
        i++;
        lineStart = i;
      } else if (c === ' ' || c === '\t' || c === '\r') {
        i++;
      } else {
        break;
      }
    }
  };

  const parseString = (): string => {
    i++; // opening quote
    let out = '';
    while (i < text.length) {
      const c = text[i];
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\') {
        const n = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t' };
        if (n in simple) {
          out += simple[n];
          i += 2;
        } else if (n === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('Unrecognized character escape');
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else {
          fail(`Unrecognized character escape '${n}'`);
        }
      } else {
        if (c === '\n') fail('Illegal unquoted character in string');
        out += c;
        i++;
      }
    }
    return fail('Unexpected end-of-input in string');
  };

  const parseValue = (): unknown => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      const members = new Map<string, MemberInfo>();
      positions.set(obj, members);
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`Unexpected character ('${text[i] ?? 'EOF'}'): was expecting double-quote to start field name`);
        const keyLoc = loc();
        const key = parseString();
        ws();
        if (text[i] !== ':') fail(`Unexpected character ('${text[i] ?? 'EOF'}'): was expecting a colon to separate field name and value`);
        i++;
        ws();
        const valueLoc = loc();
        const value = parseValue();
        Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
        members.delete(key);
        members.set(key, { keyLoc, valueLoc });
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        fail(`Unexpected character ('${text[i] ?? 'EOF'}'): was expecting comma to separate Object entries`);
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(parseValue());
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        fail(`Unexpected character ('${text[i] ?? 'EOF'}'): was expecting comma to separate Array entries`);
      }
    }
    if (c === '"') return parseString();
    const rest = text.slice(i);
    const num = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(rest);
    if (num) {
      i += num[0].length;
      return Number(num[0]);
    }
    for (const [word, val] of [['true', true], ['false', false], ['null', null]] as const) {
      if (rest.startsWith(word)) {
        i += word.length;
        return val;
      }
    }
    return fail(`Unrecognized token '${rest.slice(0, 10)}': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')`);
  };

  const value = parseValue();
  ws();
  if (i < text.length) fail(`Unexpected character ('${text[i]}')`);
  return { value, positions };
}

/** The XContent token name Elasticsearch reports for a JSON value. */
export function tokenName(v: unknown): string {
  if (v === null) return 'VALUE_NULL';
  if (Array.isArray(v)) return 'START_ARRAY';
  switch (typeof v) {
    case 'string': return 'VALUE_STRING';
    case 'number': return 'VALUE_NUMBER';
    case 'boolean': return 'VALUE_BOOLEAN';
    default: return 'START_OBJECT';
  }
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Structural equality of JSON values (object key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, idx) => jsonEqual(x, b[idx]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}
