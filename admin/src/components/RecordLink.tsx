import { Link } from '@strapi/design-system';
import { NavLink } from 'react-router-dom';
import { contentManagerPath } from '../utils/contentManager';
import type { RecordType } from '../types';

interface RecordLinkProps {
  type: RecordType;
  documentId: string | null;
  children: React.ReactNode;
}

/** A record's edit view in the Content Manager; plain text when it has no document (yet). */
export const RecordLink = ({ type, documentId, children }: RecordLinkProps) => {
  if (!documentId) return <>{children}</>;
  return (
    <Link
      tag={NavLink}
      to={contentManagerPath(type, documentId)}
      data-testid="newsroom-record-link"
      data-type={type}
      data-document-id={documentId}
    >
      {children}
    </Link>
  );
};
