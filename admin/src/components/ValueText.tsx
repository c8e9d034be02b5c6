import { Typography } from '@strapi/design-system';
import { formatValue } from '../utils/format';

/** A stored field value (any JSON), shortened for a table cell; the full value in the tooltip. */
export const ValueText = ({ value, max = 160 }: { value: unknown; max?: number }) => {
  const text = formatValue(value);
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return (
    <Typography variant="pi" title={text} style={{ whiteSpace: 'normal', wordBreak: 'break-word' }}>
      {short}
    </Typography>
  );
};
