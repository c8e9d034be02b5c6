import { Box, Flex, Loader, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { ReasonBadges } from './ReasonBadges';
import { RecordLink } from '../RecordLink';
import { useRemote } from '../../hooks/useRemote';
import { useReviewApi } from '../../hooks/useReviewApi';
import { getTrad } from '../../utils/getTrad';

/** The first page of an article's quotes that need an editor; the queue (Needs review tab) has the rest. */
const ARTICLE_PAGE_SIZE = 20;

interface ArticleReviewListProps {
  articleDocumentId: string;
  version: string;
}

/** The quotes of one article that wait in the review queue, each a link to its own edit view. */
export const ArticleReviewList = ({ articleDocumentId, version }: ArticleReviewListProps) => {
  const { formatMessage } = useIntl();
  const api = useReviewApi();
  const { data, loading, error } = useRemote(
    () => api.queue({ reason: 'all', page: 1, pageSize: ARTICLE_PAGE_SIZE, article: articleDocumentId }),
    `${articleDocumentId}:${version}`
  );

  if (!data) {
    return loading ? (
      <Loader small>{formatMessage({ id: getTrad('review.loading'), defaultMessage: 'Loading' })}</Loader>
    ) : (
      <Typography textColor="danger600">{error}</Typography>
    );
  }
  const items = data.results;
  const more = data.pagination.total - items.length;
  if (items.length === 0) {
    return (
      <Typography textColor="neutral600" data-testid="newsroom-article-review-empty">
        {formatMessage({ id: getTrad('review.article.none'), defaultMessage: 'No quote of this article needs review.' })}
      </Typography>
    );
  }
  return (
    <Flex tag="ul" direction="column" alignItems="stretch" gap={3} width="100%" data-testid="newsroom-article-review">
      {items.map((item) => (
        <Box tag="li" key={item.documentId} data-testid="newsroom-article-review-item" data-document-id={item.documentId}>
          <Flex direction="column" alignItems="stretch" gap={1}>
            <ReasonBadges reasons={item.reasons} />
            <Typography variant="omega" ellipsis>
              <RecordLink type="quote" documentId={item.documentId}>
                “{item.text}”
              </RecordLink>
            </Typography>
            <Typography variant="pi" textColor="neutral600">
              {item.speaker?.name ?? formatMessage({ id: getTrad('preview.quotes.unattributed'), defaultMessage: 'Unattributed' })}
            </Typography>
          </Flex>
        </Box>
      ))}
      {more > 0 && (
        <Typography tag="li" variant="pi" textColor="neutral600" data-testid="newsroom-article-review-more">
          {formatMessage(
            { id: getTrad('review.article.more'), defaultMessage: 'And {count} more in the Needs review tab.' },
            { count: more }
          )}
        </Typography>
      )}
    </Flex>
  );
};
