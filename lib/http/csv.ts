// CSV as spreadsheets read it (RFC 4180): quoted where needed, CRLF line ends. A cell a spreadsheet would run
// as a formula (=, +, -, @ first, after any spaces or control characters, which spreadsheets skip) is prefixed with '
// so an export can never execute anything when opened.
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[\s\p{Cc}]*[=+\-@]|^[\t\r]/u.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvTable(header: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]) {
  return `${[header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
