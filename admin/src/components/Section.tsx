import { Box, Flex, Typography } from '@strapi/design-system';

interface SectionProps {
  title: string;
  testId?: string;
  children: React.ReactNode;
}

/** A titled block inside a document preview. */
export const Section = ({ title, testId, children }: SectionProps) => (
  <Box data-testid={testId}>
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {title}
      </Typography>
      {children}
    </Flex>
  </Box>
);
