import { useEffect, useMemo, useRef } from 'react';
import { Box } from '@strapi/design-system';
import { styled } from 'styled-components';
import type { ParsedQuote } from '../types';

const Source = styled(Box)`
  white-space: pre-wrap;
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  font-size: 1.3rem;
  line-height: 1.6;
  max-height: 60vh;
  overflow: auto;
`;

const Mark = styled.mark<{ $selected: boolean }>`
  background: ${({ theme, $selected }) => ($selected ? theme.colors.warning200 : theme.colors.primary100)};
  outline: ${({ theme, $selected }) => ($selected ? `2px solid ${theme.colors.warning500}` : 'none')};
  color: inherit;
  border-radius: 2px;
  cursor: pointer;
`;

type Segment = { text: string; quote: number | null };

/** Split the source at the quotes' [start, end) offsets; overlapping or out-of-range spans are skipped. */
export const segmentSource = (source: string, quotes: Pick<ParsedQuote, 'start' | 'end'>[]): Segment[] => {
  const order = quotes
    .map((quote, index) => ({ ...quote, index }))
    .filter((quote) => quote.start >= 0 && quote.end <= source.length && quote.end > quote.start)
    .sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const quote of order) {
    if (quote.start < cursor) continue;
    if (quote.start > cursor) segments.push({ text: source.slice(cursor, quote.start), quote: null });
    segments.push({ text: source.slice(quote.start, quote.end), quote: quote.index });
    cursor = quote.end;
  }
  if (cursor < source.length) segments.push({ text: source.slice(cursor), quote: null });
  return segments;
};

interface HighlightedSourceProps {
  source: string;
  quotes: ParsedQuote[];
  selected: number | null;
  onSelect: (index: number) => void;
}

/** The document as sent, every quoted span marked; the selected one stands out and scrolls into view. */
export const HighlightedSource = ({ source, quotes, selected, onSelect }: HighlightedSourceProps) => {
  const segments = useMemo(() => segmentSource(source, quotes), [source, quotes]);
  const selectedRef = useRef<HTMLElement>(null);

  useEffect(() => {
    selectedRef.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [selected]);

  return (
    <Source padding={4} background="neutral100" hasRadius data-testid="newsroom-source">
      {segments.map((segment, i) =>
        segment.quote === null ? (
          <span key={i}>{segment.text}</span>
        ) : (
          <Mark
            key={i}
            ref={segment.quote === selected ? selectedRef : undefined}
            $selected={segment.quote === selected}
            data-testid={segment.quote === selected ? 'newsroom-quote-highlight-selected' : 'newsroom-quote-highlight'}
            data-quote-index={segment.quote}
            title={quotes[segment.quote].speaker ?? undefined}
            onClick={() => onSelect(segment.quote as number)}
          >
            {segment.text}
          </Mark>
        )
      )}
    </Source>
  );
};
