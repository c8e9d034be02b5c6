import { Field, Flex, Textarea, TextInput } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTrad } from '../utils/getTrad';

interface PasteInputProps {
  name: string;
  text: string;
  onNameChange: (value: string) => void;
  onTextChange: (value: string) => void;
}

/**
 * Text pasted by the editor, and the name it is imported under. The name is
 * part of the article's key when the text has no front matter id/url, so
 * giving the file's own name makes a paste and a CLI import of that file the
 * same article.
 */
export const PasteInput = ({ name, text, onNameChange, onTextChange }: PasteInputProps) => {
  const { formatMessage } = useIntl();
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Field.Root
        name="newsroom-paste-name"
        hint={formatMessage({
          id: getTrad('paste.name.hint'),
          defaultMessage: 'Re-importing under the same name updates the same article.',
        })}
      >
        <Field.Label>{formatMessage({ id: getTrad('paste.name.label'), defaultMessage: 'Document name' })}</Field.Label>
        <TextInput
          value={name}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => onNameChange(event.target.value)}
          data-testid="newsroom-paste-name"
        />
        <Field.Hint />
      </Field.Root>
      <Field.Root name="newsroom-paste-text">
        <Field.Label>{formatMessage({ id: getTrad('paste.text.label'), defaultMessage: 'Article text' })}</Field.Label>
        <Textarea
          value={text}
          onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => onTextChange(event.target.value)}
          placeholder={formatMessage({
            id: getTrad('paste.text.placeholder'),
            defaultMessage: 'Paste a news article: title on the first line, then the body…',
          })}
          data-testid="newsroom-paste-input"
          style={{ minHeight: '12rem', fontFamily: 'monospace' }}
        />
      </Field.Root>
    </Flex>
  );
};
