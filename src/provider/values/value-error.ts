/**
 * An error about a value at a path: codecs throw it so that callers can point at the attribute.
 * `steps` are attribute names and element indexes from the top of the value (`[]` for the value
 * itself); the message starts with them (`endpoints[1]: string required, got number`).
 */
export class ValueError extends Error {
  /** The message without the path in front. */
  public readonly problem: string;

  public constructor(public readonly steps: ReadonlyArray<string | number>, problem: string) {
    super(steps.length > 0 ? `${formatSteps(steps)}: ${problem}` : problem);
    this.name = 'ValueError';
    this.problem = problem;
  }

  /** The same problem, found inside a larger value at `outer` (the path is `outer` then this error's steps). */
  public at(outer: ReadonlyArray<string | number>): ValueError {
    return new ValueError([...outer, ...this.steps], this.problem);
  }
}

function formatSteps(steps: ReadonlyArray<string | number>): string {
  return steps.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
