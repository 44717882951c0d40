// A page of a text document with the cited span marked and scrolled into view.
import { useEffect, useRef } from 'react';
import { scrollIntoPanel } from '../lib/scroll-into-panel';

export function TextPageView({ text, span }: { text: string; span: [number, number] | null }) {
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    if (mark.current) scrollIntoPanel(mark.current);
  }, [text, span?.[0], span?.[1]]);
  if (!span || span[1] <= span[0]) {
    return (
      <pre className="source-text" data-testid="source-text" dir="auto">
        {text}
      </pre>
    );
  }
  return (
    <pre className="source-text" data-testid="source-text" dir="auto">
      {text.slice(0, span[0])}
      <mark ref={mark} data-testid="source-highlight">
        {text.slice(span[0], span[1])}
      </mark>
      {text.slice(span[1])}
    </pre>
  );
}
