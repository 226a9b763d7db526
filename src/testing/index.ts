// Helpers for users' own tests of stacks built with this package: the questions cdktf's
// `Testing` does not answer directly. See the README's "Testing your stacks".
export * from './secret-outputs';
export * from './key-replacements';
