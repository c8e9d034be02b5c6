import { useRBAC } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { ArticleReviewList } from './ArticleReviewList';
import { QuoteProvenance } from './QuoteProvenance';
import { PERMISSIONS } from '../../permissions';
import { getTrad } from '../../utils/getTrad';
import { UIDS } from '../../utils/contentManager';

/** The saved version of the open document: changes after every save, so panels read the server again. */
const versionOf = (document: { documentId: string; updatedAt?: unknown } | undefined) => String(document?.updatedAt ?? '');

/**
 * Content Manager side panel on a Quote: its provenance. Rendered by the
 * Content Manager's DescriptionComponentRenderer (content-manager
 * pages/EditView/components/Panels.tsx), which calls it like a component
 * with the edit view's context and shows what it returns; null hides it.
 */
export const QuoteProvenancePanel: PanelComponent = ({ model, documentId, document }) => {
  const { formatMessage } = useIntl();
  const { allowedActions, isLoading } = useRBAC(PERMISSIONS.review);
  if (model !== UIDS.quote || !documentId || isLoading || !allowedActions.canReview) return null;
  return {
    title: formatMessage({ id: getTrad('review.panel.quote'), defaultMessage: 'Source check' }),
    content: <QuoteProvenance documentId={documentId} version={versionOf(document)} canAccept />,
  };
};

/** Content Manager side panel on an Article: its quotes that need review. */
export const ArticleReviewPanel: PanelComponent = ({ model, documentId, document }) => {
  const { formatMessage } = useIntl();
  const { allowedActions, isLoading } = useRBAC(PERMISSIONS.review);
  if (model !== UIDS.article || !documentId || isLoading || !allowedActions.canReview) return null;
  return {
    title: formatMessage({ id: getTrad('review.panel.article'), defaultMessage: 'Quotes to review' }),
    content: <ArticleReviewList articleDocumentId={documentId} version={versionOf(document)} />,
  };
};
