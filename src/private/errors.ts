import { formatProblem } from '../rules';

/**
 * The error a construct throws at construction time, in the same form as the synth-time problems:
 * `[<construct path>] <prop>: <message>. Fix: <fix>.`
 *
 * @param path the construct path of the construct that is wrong (or would have been created)
 * @param prop the prop, in Elasticsearch's terms where there is one
 * @param message what is wrong, with the offending value
 * @param fix how to fix it
 */
export function constructError(path: string, prop: string, message: string, fix: string): Error {
  return new Error(`[${path}] ${formatProblem({ prop, message, fix })}.`);
}
