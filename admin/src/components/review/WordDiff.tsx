import { Box } from '@strapi/design-system';
import { styled } from 'styled-components';
import type { DiffPart } from '../../review-types';

const Text = styled(Box)`
  white-space: pre-wrap;
  line-height: 1.6;
  font-size: 1.3rem;
  overflow-wrap: anywhere;
  /* A replaced word: keep the old and the new apart even when the diff has no space between them. */
  del + ins {
    margin-left: 0.25em;
  }
`;

const Deleted = styled.del`
  background: ${({ theme }) => theme.colors.danger100};
  color: ${({ theme }) => theme.colors.danger700};
  text-decoration: line-through;
`;

const Inserted = styled.ins`
  background: ${({ theme }) => theme.colors.success100};
  color: ${({ theme }) => theme.colors.success700};
  text-decoration: underline;
`;

/** The source's words struck through, the quote's own words underlined, shared words plain. */
export const WordDiff = ({ parts }: { parts: DiffPart[] }) => (
  <Text padding={3} background="neutral100" hasRadius data-testid="newsroom-quote-diff">
    {parts.map((part, i) =>
      part.op === 'delete' ? (
        <Deleted key={i} data-testid="newsroom-diff-delete">
          {part.text}
        </Deleted>
      ) : part.op === 'insert' ? (
        <Inserted key={i} data-testid="newsroom-diff-insert">
          {part.text}
        </Inserted>
      ) : (
        <span key={i}>{part.text}</span>
      )
    )}
  </Text>
);
