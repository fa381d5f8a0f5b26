import { inflateSync } from 'node:zlib';

// A small, dependency-free PDF text extractor for knowledge ingestion: it reads the content
// streams (inflating FlateDecode ones) and collects the strings shown by the Tj, TJ, ' and "
// operators. It handles the PDFs that office tools and printers-to-PDF write for plain text;
// scanned or CID-font PDFs yield little text, and the item is then skipped as empty.

const MAX_STREAMS = 2000;

export function extractPdfText(pdf: Buffer): string {
  const src = pdf.toString('latin1');
  const out: string[] = [];
  const re = /<<([^]*?)>>\s*stream\r?\n/g;
  let m: RegExpExecArray | null;
  let n = 0;
  while ((m = re.exec(src)) && n++ < MAX_STREAMS) {
    const start = m.index + m[0].length;
    const end = src.indexOf('endstream', start);
    if (end < 0) break;
    let data = pdf.subarray(start, end);
    if (/\/FlateDecode/.test(m[1]!)) {
      try {
        data = inflateSync(data);
      } catch {
        continue;
      }
    } else if (/\/Filter/.test(m[1]!)) {
      continue; // images and other encodings carry no text we can read
    }
    const text = textOperators(data.toString('latin1'));
    if (text) out.push(text);
    re.lastIndex = end;
  }
  return out.join('\n').replace(/[ \t]+\n/g, '\n').trim();
}

function textOperators(content: string): string {
  if (!/\bBT\b/.test(content)) return '';
  const lines: string[] = [];
  let line = '';
  // Strings (with nesting and escapes), arrays for TJ, and the operators that move to a new line.
  const tokens = /\((?:\\.|[^\\()]|\((?:\\.|[^\\()])*\))*\)|\[|\]|T\*|Td|TD|Tj|TJ|'|"|ET/g;
  let t: RegExpExecArray | null;
  let pending: string[] = [];
  while ((t = tokens.exec(content))) {
    const tok = t[0];
    if (tok.startsWith('(')) pending.push(unescape(tok.slice(1, -1)));
    else if (tok === 'Tj' || tok === 'TJ') {
      line += pending.join('');
      pending = [];
    } else if (tok === "'" || tok === '"') {
      lines.push(line);
      line = pending.join('');
      pending = [];
    } else if (tok === 'T*' || tok === 'Td' || tok === 'TD' || tok === 'ET') {
      if (line) lines.push(line);
      line = '';
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

function unescape(s: string): string {
  return s.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, c: string) => {
    switch (c) {
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'b':
      case 'f':
        return '';
      case '(':
      case ')':
      case '\\':
        return c;
      default:
        return String.fromCharCode(parseInt(c, 8));
    }
  });
}
