import { Fragment, useMemo } from 'react';
import { snippetParts } from '../search/snippet';

/** Words from a search result: matched words as <mark>, everything else as plain text nodes. */
export function Snippet({ text, className }: { text: string; className?: string }) {
  const parts = useMemo(() => snippetParts(text), [text]);
  return (
    <p className={className} dir="auto">
      {parts.map((part, index) =>
        part.match ? (
          <mark key={index} className="wb-match">
            {part.text}
          </mark>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </p>
  );
}
