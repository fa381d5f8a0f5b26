// Lead capture lives in leads/ (the only code that writes leads); kept so the agent's imports compile.
export * from '../leads/capture.js';
