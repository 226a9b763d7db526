export * from './problem';
export * from './time-value';
export * from './tokens';
export * from './api-key';
export * from './access';
export * from './remote-cluster';
