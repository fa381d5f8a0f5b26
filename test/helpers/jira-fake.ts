// The jira-fake fake lives in scripts/fakes/ so that scripts and benchmarks can use it without importing test/.
export * from '../../scripts/fakes/jira-fake.js';
