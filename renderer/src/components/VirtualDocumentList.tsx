// The session's documents as a list that renders only the rows in view (TanStack Virtual), so a session of thousands
// opens and scrolls as fast as one of ten. Rows differ in height (a failed file shows its reason): each is measured.
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { DocumentRecord } from '../../../shared/model';
import { DocumentItem } from './DocumentItem';

export function VirtualDocumentList({
  documents,
  droppedAgain,
  scrollRef,
  label,
}: {
  documents: DocumentRecord[];
  /** fileIds of documents just dropped again, whose rows are marked. */
  droppedAgain: ReadonlySet<string | undefined>;
  scrollRef: RefObject<HTMLDivElement | null>;
  label: string;
}) {
  const listRef = useRef<HTMLUListElement>(null);
  // Where the list starts inside the scrolling panel (files being added are listed above it).
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const list = listRef.current;
    const scroller = scrollRef.current;
    if (list && scroller) setOffset(list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop);
  });
  const virtualizer = useVirtualizer({
    count: documents.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 64,
    overscan: 8,
    gap: 8,
    scrollMargin: offset,
    getItemKey: (index) => documents[index].fileId,
  });
  const items = virtualizer.getVirtualItems();
  return (
    <ul
      ref={listRef}
      className="document-list virtual"
      aria-label={label}
      data-testid="document-list"
      data-count={documents.length}
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
    >
      {items.map((item) => (
        <DocumentItem
          key={item.key}
          index={item.index}
          measureRef={virtualizer.measureElement}
          document={documents[item.index]}
          droppedAgain={droppedAgain.has(documents[item.index].fileId)}
          style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
        />
      ))}
    </ul>
  );
}
