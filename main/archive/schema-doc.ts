/**
 * The archive documents itself: schema.md describes every file and field, and
 * schemas/<table>.schema.json describes each JSON-lines record (JSON Schema 2020-12).
 */
import type { Column, TableInfo } from './table-columns';
import { EXCLUDED_TABLES, TABLE_DOCS, type ColumnDoc } from './archive-tables';

const JSON_TYPES: Record<string, string> = { TEXT: 'string', INTEGER: 'integer', REAL: 'number', ANY: 'string' };

export function columnDoc(table: string, column: string): ColumnDoc | null {
  const doc = TABLE_DOCS[table]?.columns[column];
  if (doc === undefined) return null;
  return typeof doc === 'string' ? { meaning: doc } : doc;
}

export const tableFile = (table: string, ext: 'jsonl' | 'csv'): string => `tables/${table}.${ext}`;
export const schemaFile = (table: string): string => `schemas/${table}.schema.json`;

function columnSchema(table: string, column: Column): Record<string, unknown> {
  const doc = columnDoc(table, column.name);
  const type = JSON_TYPES[column.type] ?? 'string';
  const values = doc?.values?.map((v) => (type === 'integer' ? Number(v) : v));
  return {
    type: column.notNull ? type : [type, 'null'],
    description: doc?.meaning ?? '',
    ...(values ? { enum: column.notNull ? values : [...values, null] } : {}),
  };
}

export function jsonSchemaOf(table: TableInfo): string {
  return JSON.stringify(
    {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: `${table.name} (one line of ${tableFile(table.name, 'jsonl')})`,
      description: TABLE_DOCS[table.name]?.meaning ?? '',
      type: 'object',
      additionalProperties: false,
      required: table.columns.map((c) => c.name),
      properties: Object.fromEntries(table.columns.map((c) => [c.name, columnSchema(table.name, c)])),
    },
    null,
    2,
  );
}

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

export function schemaMarkdown(tables: readonly TableInfo[], counts: ReadonlyMap<string, number>, organisation: string, madeAt: string): string {
  const lines = [
    `# Verbatim archive of ${organisation}`,
    '',
    `Made ${madeAt}. A complete copy of the store, for handing records to a successor body or another system.`,
    'It holds personal data (the words people told, contact details, equality answers): keep it as safely as the store itself.',
    '',
    '## Files',
    '',
    '- `manifest.json`, `manifest.sig`, `SHA256SUMS`: the signed table of contents (see the bundle format documentation; check with `sha256sum -c SHA256SUMS`).',
    '- `schema.md`: this document.',
    '- `tables/<table>.jsonl`: one JSON object per line per row, UTF-8, fields named as below. Authoritative: values exactly as stored, `null` where empty.',
    '- `tables/<table>.csv`: the same rows as RFC 4180 CSV, UTF-8 with a byte order mark, CRLF line ends, a header row, fields quoted when they hold a comma, quote or line break or have spaces at either end; an empty field is either null or an empty string (the JSON-lines file tells them apart). Text is written as it is: a cell starting with `=`, `+`, `-` or `@` may be taken for a formula by a spreadsheet.',
    '- `schemas/<table>.schema.json`: a JSON Schema (2020-12) for each line of the JSON-lines file.',
    '',
    'Text is never trimmed or normalised: the words in `story_revisions.text` are byte for byte as recorded, and their SHA-256 is in `sha256`. Positions inside text (masks, passages) count UTF-16 code units.',
    '',
    '## Tables',
    '',
  ];
  for (const table of tables) {
    lines.push(`### ${table.name}`, '', TABLE_DOCS[table.name]?.meaning ?? '', '', `Rows: ${counts.get(table.name) ?? 0}. Files: \`${tableFile(table.name, 'jsonl')}\`, \`${tableFile(table.name, 'csv')}\`, \`${schemaFile(table.name)}\`.`, '');
    lines.push('| field | type | empty allowed | meaning | allowed values |', '| --- | --- | --- | --- | --- |');
    for (const column of table.columns) {
      const doc = columnDoc(table.name, column.name);
      lines.push(
        `| ${column.name} | ${JSON_TYPES[column.type] ?? 'string'} | ${column.notNull ? 'no' : 'yes'} | ${cell(doc?.meaning ?? '')} | ${cell(doc?.values?.join(', ') ?? '')} |`,
      );
    }
    lines.push('');
  }
  lines.push('## Left out', '');
  for (const [name, why] of Object.entries(EXCLUDED_TABLES)) lines.push(`- \`${name}\`: ${why}`);
  lines.push('- `users.pin_hash`, and the settings `draft_key` and `signing_key`: secrets of this laptop.', '');
  return lines.join('\n');
}
