import { useMemo, useState } from 'react';
import { Box, Flex, Grid, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { ChangeTable } from './ChangeTable';
import { DismissibleAlert } from './DismissibleAlert';
import { CountsSummary } from './CountsSummary';
import { HighlightedSource } from './HighlightedSource';
import { PeopleList } from './PeopleList';
import { QuotesBySpeaker } from './QuotesBySpeaker';
import { RelatedLinksList } from './RelatedLinksList';
import { Section } from './Section';
import { WarningsList } from './WarningsList';
import { getTrad } from '../utils/getTrad';
import type { ActionCounts, PreviewItem, RecordType } from '../types';

interface DocumentPreviewProps {
  item: PreviewItem;
  /** The exact text sent to the server: quote offsets point into it. */
  source: string;
}

const countChanges = (item: PreviewItem) => {
  const counts: Partial<Record<RecordType, Partial<ActionCounts>>> = {};
  for (const change of item.diff?.changes ?? []) {
    const perType = (counts[change.type] ??= {});
    perType[change.action] = (perType[change.action] ?? 0) + 1;
  }
  return counts;
};

/** One document's preview: what was found in it and what importing it would change. */
export const DocumentPreview = ({ item, source }: DocumentPreviewProps) => {
  const { formatMessage } = useIntl();
  const [selected, setSelected] = useState<number | null>(null);
  const { parsed } = item;
  const roles = useMemo(
    () => Object.fromEntries((parsed?.people ?? []).map((person) => [person.name, person.role])),
    [parsed]
  );
  const counts = useMemo(() => countChanges(item), [item]);

  return (
    <Box
      background="neutral0"
      padding={6}
      hasRadius
      shadow="tableShadow"
      data-testid="newsroom-preview-document"
      data-name={item.name}
    >
      <Flex direction="column" alignItems="stretch" gap={5}>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography variant="pi" textColor="neutral600">
            {item.name}
          </Typography>
          <Typography variant="beta" tag="h2" data-testid="newsroom-preview-title">
            {parsed?.title ?? item.name}
          </Typography>
          {parsed ? (
            <Typography variant="pi" textColor="neutral600">
              {[parsed.outlet, parsed.published, parsed.sourceUrl].filter(Boolean).join(' · ')}
            </Typography>
          ) : null}
        </Flex>

        {item.error ? (
          <DismissibleAlert
            variant="danger"
            title={formatMessage({ id: getTrad('preview.error'), defaultMessage: 'This document cannot be imported' })}
            data-testid="newsroom-preview-error"
          >
            {item.error}
          </DismissibleAlert>
        ) : null}

        {parsed ? (
          <>
            <WarningsList warnings={parsed.warnings} />
            <Grid.Root gap={6}>
              <Grid.Item col={5} s={12} direction="column" alignItems="stretch" gap={5}>
                <PeopleList people={parsed.people} />
                <QuotesBySpeaker quotes={parsed.quotes} roles={roles} selected={selected} onSelect={setSelected} />
                <RelatedLinksList links={parsed.relatedLinks} />
              </Grid.Item>
              <Grid.Item col={7} s={12} direction="column" alignItems="stretch">
                <Section title={formatMessage({ id: getTrad('preview.source'), defaultMessage: 'Source text' })}>
                  <HighlightedSource source={source} quotes={parsed.quotes} selected={selected} onSelect={setSelected} />
                </Section>
              </Grid.Item>
            </Grid.Root>
          </>
        ) : null}

        {item.diff ? (
          <Section
            title={formatMessage({ id: getTrad('preview.diff'), defaultMessage: 'Changes against the database' })}
            testId="newsroom-preview-diff"
          >
            <CountsSummary counts={counts} />
            {item.diff.error ? (
              <Typography textColor="danger600">{item.diff.error}</Typography>
            ) : null}
            <ChangeTable changes={item.diff.changes} />
          </Section>
        ) : null}
      </Flex>
    </Box>
  );
};
