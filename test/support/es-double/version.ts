/** Elasticsearch version numbers as the double compares them. */
export interface Version {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  readonly text: string;
}

export function parseVersion(text: string): Version {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (!m) throw new Error(`ElasticsearchDouble: version must look like 8.19.3, got [${text}]`);
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), text };
}

export function atLeast(v: Version, major: number, minor: number): boolean {
  return v.major > major || (v.major === major && v.minor >= minor);
}
