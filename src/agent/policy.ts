// Wording the conversation policy shares across chat, the Gather phone loop and the model path.

/** What the agent says when its knowledge does not cover a question: never an unrelated sentence. */
export { DONT_KNOW as DONT_KNOW_REPLY } from './answer.js';
