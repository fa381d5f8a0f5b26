export { createKnowledgeService, type KnowledgeService, type SearchHit } from './service.js';
export { createKnowledgeIngestTask } from './ingest-task.js';
export { chunkDocument, htmlToText } from './chunker.js';
