// The smtp-server fake lives in scripts/fakes/ so that scripts and benchmarks can use it without importing test/.
export * from '../../scripts/fakes/smtp-server.js';
