// Public API of cdktf-elastic-cross-cluster.
export * as elasticstack from './generated/elasticstack';
