// The drive-fake fake lives in scripts/fakes/ so that scripts and benchmarks can use it without importing test/.
export * from '../../scripts/fakes/drive-fake.js';
