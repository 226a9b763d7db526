// Public API of cdktf-elastic-cross-cluster.
export * from './cross-cluster-api-key';
export * from './cross-cluster-api-key-props';
export * from './key-rotation';
export * from './search-access';
export * from './replication-access';
export * as elasticstack from './generated/elasticstack';
export * as eccx from './generated/eccx';
export * from './remote-cluster-connection';
export * from './remote-indices-role';
export * as testing from './testing';
