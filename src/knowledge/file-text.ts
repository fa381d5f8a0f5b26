import { badInput } from '../errors.js';
import { extractPdfText } from '../integrations/drive/pdf-text.js';
import { htmlToText } from './chunker.js';

// The text of a file an owner uploads to the knowledge base (.md, .txt, .html, .pdf). The name
// says what the owner means; the bytes must agree: a PDF starts with the %PDF- magic bytes, and
// the text kinds must be UTF-8 text (no NUL bytes, no PDF or other binary posing as .txt).
// HTML is reduced to its text (scripts, styles and tags dropped, entities decoded) by the same
// function ingestion uses; nothing of it is ever rendered as HTML.

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** The base64 text of the largest upload (4 characters per 3 bytes). */
export const MAX_UPLOAD_BASE64 = Math.ceil(MAX_UPLOAD_BYTES / 3) * 4;

export type UploadKind = 'MARKDOWN' | 'TEXT' | 'HTML' | 'PDF';

const KINDS: Record<string, UploadKind> = { md: 'MARKDOWN', markdown: 'MARKDOWN', txt: 'TEXT', html: 'HTML', htm: 'HTML', pdf: 'PDF' };
const ACCEPTED = 'a .md, .txt, .html or .pdf file';

export function uploadKind(fileName: string): UploadKind {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const kind = ext ? KINDS[ext] : undefined;
  if (!kind) throw badInput(`Upload ${ACCEPTED}`, { field: 'fileName' });
  return kind;
}

/** The bytes of a base64 upload, refused before decoding when too large or not base64. */
export function decodeUpload(base64: string): Buffer {
  const compact = base64.replace(/\s+/g, '');
  if (compact.length > MAX_UPLOAD_BASE64) throw badInput(`The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`, { field: 'contentBase64', maxBytes: MAX_UPLOAD_BYTES });
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) throw badInput('The file content must be base64', { field: 'contentBase64' });
  const bytes = Buffer.from(compact, 'base64');
  if (bytes.length === 0) throw badInput('The file is empty', { field: 'contentBase64' });
  if (bytes.length > MAX_UPLOAD_BYTES) throw badInput(`The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`, { field: 'contentBase64', maxBytes: MAX_UPLOAD_BYTES });
  return bytes;
}

const isPdf = (bytes: Buffer) => bytes.subarray(0, 5).toString('latin1') === '%PDF-';

function utf8Text(bytes: Buffer, fileName: string): string {
  if (isPdf(bytes)) throw badInput(`${fileName} is a PDF: upload it with a .pdf name`, { field: 'contentBase64' });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw badInput(`${fileName} is not a UTF-8 text file`, { field: 'contentBase64' });
  }
  if (text.includes('\u0000')) throw badInput(`${fileName} is not a text file`, { field: 'contentBase64' });
  return text.replace(/^\uFEFF/, '');
}

/** The text to store for an upload and how to read it (headings survive as Markdown). */
export async function uploadText(fileName: string, bytes: Buffer): Promise<{ text: string; format: 'MARKDOWN' | 'TEXT'; kind: UploadKind }> {
  const kind = uploadKind(fileName);
  let text: string;
  if (kind === 'PDF') {
    if (!isPdf(bytes)) throw badInput(`${fileName} is not a PDF (it does not start with %PDF-)`, { field: 'contentBase64' });
    text = await extractPdfText(bytes);
    if (!text.trim()) throw badInput(`No text found in ${fileName}: a scanned PDF has no text layer; paste its text instead`, { field: 'contentBase64' });
  } else {
    const raw = utf8Text(bytes, fileName);
    text = kind === 'HTML' ? htmlToText(raw) : raw;
    if (!text.trim()) throw badInput(`${fileName} has no text`, { field: 'contentBase64' });
  }
  // htmlToText writes headings as Markdown, so HTML keeps its sections like a .md file does.
  return { text: text.trim(), format: kind === 'TEXT' || kind === 'PDF' ? 'TEXT' : 'MARKDOWN', kind };
}
