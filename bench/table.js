/** Renders rows as an aligned plain-text table: text columns left-aligned, numbers right-aligned, null as '-'. */

/**
 * `columns` are { title, value: (row) → string | number, digits? }; numbers are fixed to `digits`.
 *
 *     renderTable([{ title: 'MB/s', value: (r) => r.speed, digits: 1 }], [{ speed: 31.42 }])
 *     // → 'MB/s\n----\n31.4'
 */
export function renderTable(columns, rows) {
  const cells = rows.map((row) => columns.map((column) => formatCell(column.value(row), column.digits)));
  const numeric = columns.map((_, c) => rows.length > 0 && rows.every((row) => isNumberOrNull(columns[c].value(row))));
  const widths = columns.map((column, c) => Math.max(column.title.length, ...cells.map((line) => line[c].length)));
  const pad = (text, c) => (numeric[c] ? text.padStart(widths[c]) : text.padEnd(widths[c]));
  const lines = [
    columns.map((column, c) => pad(column.title, c)),
    widths.map((width) => '-'.repeat(width)),
    ...cells.map((line) => line.map(pad)),
  ];
  return lines.map((line) => line.join('  ').trimEnd()).join('\n');
}

// A figure that does not apply to a row (tasks/s of decoding alone) is null and still aligns as a number.
function isNumberOrNull(value) {
  return value === null || typeof value === 'number';
}

function formatCell(value, digits = 0) {
  if (value === null) return '-';
  if (typeof value !== 'number') return String(value ?? '');
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
