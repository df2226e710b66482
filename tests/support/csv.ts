/** An RFC 4180 reader, written apart from the writer so the test checks the format, not itself. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      if (field !== '') throw new Error(`A quote inside an unquoted field at ${i}.`);
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (char === '\n' || char === '\r') {
      throw new Error(`A bare line break outside quotes at ${i}.`);
    } else {
      field += char;
    }
  }
  if (quoted) throw new Error('The file ends inside a quoted field.');
  if (field !== '' || row.length > 0) throw new Error('The last row does not end with CRLF.');
  return rows;
}
