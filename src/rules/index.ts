export * from './problem';
export * from './time-value';
export * from './deploy-time';
export * from './api-key';
export * from './access';
export * from './remote-cluster';
export * from './canonical-json';
export * from './remote-indices';
