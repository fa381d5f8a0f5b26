import type { getDocumentProxy } from 'unpdf';

// PDF text for knowledge ingestion, through pdf.js (unpdf's serverless build: no worker, no
// canvas). Pages are joined in order. A PDF pdf.js cannot read yields '' and the sync skips
// the file as empty, as it does for scanned PDFs without a text layer. pdf.js is loaded on the
// first PDF, not at start-up: most instances never see one.

export async function extractPdfText(pdf: Buffer): Promise<string> {
  let doc: Awaited<ReturnType<typeof getDocumentProxy>> | undefined;
  try {
    const { extractText, getDocumentProxy } = await import('unpdf');
    // Warnings about damaged files stay quiet (the caller skips an empty result).
    doc = await getDocumentProxy(new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), { verbosity: 0 });
    const { text } = await extractText(doc, { mergePages: true });
    return text;
  } catch {
    return '';
  } finally {
    await doc?.loadingTask.destroy().catch(() => {});
  }
}
