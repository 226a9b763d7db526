// Public API of cdktf-elastic-cross-cluster.
export * from './cross-cluster-api-key';
export * from './cross-cluster-api-key-props';
export * from './key-rotation';
export * from './search-access';
export * from './replication-access';
export * as elasticstack from './generated/elasticstack';
export * as eccx from './generated/eccx';
export * as ec from './generated/ec';
export * from './remote-cluster-connection';
export * from './remote-cluster-connection-props';
export * from './connection/credential-delivery';
export * from './connection/signing';
export * from './connection/delivery-options';
export * from './remote-indices-role';
export * as testing from './testing';
