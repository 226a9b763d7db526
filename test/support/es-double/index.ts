export * from './server';
export { EsError } from './errors';
export { parseTimeValue, wholeSeconds } from './time-value';
