import { Button, Flex, Typography } from '@strapi/design-system';
import { ChevronLeft, ChevronRight } from '@strapi/icons';

interface PagerProps {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
  previousLabel: string;
  nextLabel: string;
  testId?: string;
}

/** Previous / next through a paginated list; nothing when it fits on one page. */
export const Pager = ({ page, pageCount, onPage, previousLabel, nextLabel, testId }: PagerProps) => {
  if (pageCount <= 1) return null;
  return (
    <Flex gap={2} justifyContent="flex-end" data-testid={testId}>
      <Button variant="tertiary" startIcon={<ChevronLeft />} disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {previousLabel}
      </Button>
      <Typography>
        {page} / {pageCount}
      </Typography>
      <Button variant="tertiary" endIcon={<ChevronRight />} disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        {nextLabel}
      </Button>
    </Flex>
  );
};
