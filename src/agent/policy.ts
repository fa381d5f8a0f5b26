// Wording the conversation policy shares across chat, the Gather phone loop and the model path.

/** What the agent says when its knowledge does not cover a question: never an unrelated sentence. */
export const DONT_KNOW_REPLY = "I don't know that, but I can have someone get back to you.";
