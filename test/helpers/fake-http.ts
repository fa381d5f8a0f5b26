// The fake-http fake lives in scripts/fakes/ so that scripts and benchmarks can use it without importing test/.
export * from '../../scripts/fakes/fake-http.js';
