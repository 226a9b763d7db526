/**
 * Own-property access for objects built from the wire. `k in obj` and `obj[k]` also see what an
 * object inherits (`constructor`, `toString`, `hasOwnProperty`), and assigning `obj['__proto__']`
 * replaces the prototype instead of adding a key: decoders use these two instead.
 */

/** True when `obj` itself has the key `k` (inherited properties do not count). */
export function hasOwn(obj: object, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, k);
}

/** Adds the key `k` to `obj` as an ordinary enumerable property, whatever its name (`__proto__` too). */
export function setOwn<T>(obj: Record<string, T>, k: string, v: T): void {
  Object.defineProperty(obj, k, { value: v, enumerable: true, writable: true, configurable: true });
}
