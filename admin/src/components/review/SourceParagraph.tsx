import { Box } from '@strapi/design-system';
import { styled } from 'styled-components';
import type { Provenance } from '../../review-types';

const Paragraph = styled(Box)`
  white-space: pre-wrap;
  line-height: 1.6;
  font-size: 1.3rem;
  overflow-wrap: anywhere;
  max-height: 40vh;
  overflow: auto;
`;

const Mark = styled.mark`
  background: ${({ theme }) => theme.colors.warning200};
  color: inherit;
  border-radius: 2px;
`;

/** The source paragraph with the quote's span marked; offsets outside the paragraph mark nothing. */
export const SourceParagraph = ({ provenance }: { provenance: Provenance }) => {
  const { paragraph, quoteStart, quoteEnd } = provenance;
  const valid = quoteStart >= 0 && quoteEnd <= paragraph.length && quoteEnd > quoteStart;
  return (
    <Paragraph padding={3} background="neutral100" hasRadius data-testid="newsroom-source-paragraph">
      {valid ? (
        <>
          {paragraph.slice(0, quoteStart)}
          <Mark data-testid="newsroom-source-highlight">{paragraph.slice(quoteStart, quoteEnd)}</Mark>
          {paragraph.slice(quoteEnd)}
        </>
      ) : (
        paragraph
      )}
    </Paragraph>
  );
};
