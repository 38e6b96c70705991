import { MATCH_END, MATCH_START } from '../../../../shared/workbench/schemas';

/** Words from a search result, with the matched words marked as the search service marked them. */
export function Snippet({ text, className = 'review-snippet', inline = false }: { text: string; className?: string; inline?: boolean }) {
  const parts: Array<{ text: string; matched: boolean }> = [];
  let matched = false;
  let current = '';
  for (const char of text) {
    if (char === MATCH_START || char === MATCH_END) {
      if (current) parts.push({ text: current, matched });
      current = '';
      matched = char === MATCH_START;
    } else current += char;
  }
  if (current) parts.push({ text: current, matched });
  const Tag = inline ? 'span' : 'p';
  return (
    <Tag className={className} dir="auto">
      {parts.map((part, index) =>
        part.matched ? (
          <mark key={index} className="review-match">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </Tag>
  );
}
