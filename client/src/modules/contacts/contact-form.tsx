import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation } from '@apollo/client/react';
import { Anchor, FileInput, MultiSelect, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { DialogActions } from '../../components/dialog-actions';
import { FailureAlert } from '../../components/failure-alert';
import { FormStack } from '../../components/form-stack';
import { HintText } from '../../components/hint-text';
import { withChoice } from '../../components/select-data';
import { useFormFields } from '../../components/use-form-fields';
import { useErrorMessage } from '../../core/errors/use-error-message';
import type { ContactDetailFragment, ContactKind, ContactStatus } from '../../gql/graphql';
import {
  acceptedAttachmentTypes,
  maxAttachmentBytes,
  useAttachmentErrorMessage,
  useAttachmentTransfer,
  type UploadedAttachment,
} from '../cases/attachment-transfer';
import { useCountryOptions, useLanguageOptions } from '../cases/use-select-options';
import { contactKinds, contactStatuses, optionalText } from './contact-options';
import { contactOrganisationsQuery, createContactOrganisationMutation, updateContactOrganisationMutation } from './contacts-operations';
import { useContactsTranslation } from './use-contacts-translation';

type Field = 'name' | 'kind' | 'status' | 'focusCountries' | 'languages' | 'district' | 'address' | 'website' | 'letterOfIntent';
// In the order the form shows them, so that focus goes to the topmost error.
const fields: readonly Field[] = ['name', 'kind', 'status', 'focusCountries', 'languages', 'district', 'address', 'website', 'letterOfIntent'];

/** The server names the letter by its attachment id; the form shows it as the file field. */
const formField = (path: string): string => (path.endsWith('letterOfIntentAttachmentId') ? 'letterOfIntent' : (path.split('.').pop() ?? path));

interface ContactFormProps {
  /** Editing this one; without it, a new entry. */
  contact?: ContactDetailFragment;
  onSaved: (contact: ContactDetailFragment) => void;
  onCancel: () => void;
}

/** Every descriptive field of a directory entry, and its signed letter of intent (uploaded first, as consent forms are). */
export function ContactForm({ contact, onSaved, onCancel }: ContactFormProps) {
  const { t } = useContactsTranslation();
  const errorMessage = useErrorMessage();
  const attachmentError = useAttachmentErrorMessage();
  const { upload } = useAttachmentTransfer();
  const countries = useCountryOptions();
  const languages = useLanguageOptions();
  const countriesRef = useRef<HTMLInputElement>(null);
  const languagesRef = useRef<HTMLInputElement>(null);
  const { formRef, values, set, bind, errors, show, showRefused, failure } = useFormFields(
    {
      name: contact?.name ?? '',
      kind: (contact?.kind ?? '') as ContactKind | '',
      status: (contact?.status ?? 'PROSPECT') as ContactStatus,
      focusCountries: [...(contact?.focusCountries ?? [])],
      languages: [...(contact?.languages ?? [])],
      district: contact?.district ?? '',
      address: contact?.address ?? '',
      website: contact?.website ?? '',
      letterOfIntent: null as File | null,
    },
    {
      order: fields,
      focusTarget: (field) => (field === 'focusCountries' ? countriesRef.current : field === 'languages' ? languagesRef.current : undefined),
    },
  );
  // A letter already uploaded is not sent twice when only the save failed.
  const [uploaded, setUploaded] = useState<{ file: File; attachment: UploadedAttachment } | null>(null);
  const [duplicateId, setDuplicateId] = useState<string | null>(null);
  const [saveFailure, setSaveFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [create] = useMutation(createContactOrganisationMutation, { refetchQueries: [contactOrganisationsQuery] });
  const [update] = useMutation(updateContactOrganisationMutation);

  const validate = () => {
    const found: Partial<Record<Field, string>> = {};
    if (!values.name.trim()) found.name = t('form.required');
    if (!values.kind) found.kind = t('form.required');
    const file = values.letterOfIntent;
    if (file && file.size > maxAttachmentBytes) found.letterOfIntent = t('form.fileTooLarge');
    else if (file && file.type && !acceptedAttachmentTypes.includes(file.type)) found.letterOfIntent = t('form.fileType');
    return found;
  };

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaveFailure(null);
    setDuplicateId(null);
    if (!show(validate())) return;
    setBusy(true);
    try {
      let letterOfIntentAttachmentId = contact?.letterOfIntent?.id ?? null;
      const file = values.letterOfIntent;
      if (file) {
        try {
          const attachment = uploaded?.file === file ? uploaded.attachment : await upload(file);
          setUploaded({ file, attachment });
          letterOfIntentAttachmentId = attachment.id;
        } catch (error) {
          show({ letterOfIntent: attachmentError(error) });
          return;
        }
      }
      const fieldsInput = {
        name: values.name.trim(),
        kind: values.kind as ContactKind,
        focusCountries: values.focusCountries,
        languages: values.languages,
        district: optionalText(values.district),
        address: optionalText(values.address),
        website: optionalText(values.website),
        letterOfIntentAttachmentId,
      };
      try {
        const saved = contact
          ? (await update({ variables: { input: { ...fieldsInput, id: contact.id, version: contact.version } } })).data?.updateContactOrganisation
          : (await create({ variables: { input: { ...fieldsInput, status: values.status } } })).data?.createContactOrganisation;
        if (saved) onSaved(saved);
      } catch (error) {
        const existingId = CombinedGraphQLErrors.is(error) ? error.errors.find((item) => typeof item.extensions?.existingId === 'string')?.extensions?.existingId : undefined;
        if (typeof existingId === 'string') setDuplicateId(existingId);
        const refused: Record<string, string> = {};
        if (CombinedGraphQLErrors.is(error)) {
          for (const item of error.errors) {
            const field = item.extensions?.field;
            if (typeof field === 'string' && field) refused[formField(field)] ??= item.message;
          }
        }
        if (showRefused(refused) === 0) {
          const message = errorMessage(error as Error);
          setSaveFailure(CombinedGraphQLErrors.is(error) ? message : `${message} ${t('form.kept')}`);
        }
      }
    } finally {
      setBusy(false);
    }
  };

  const nameError =
    errors.name && duplicateId ? (
      <Stack gap={2} component="span">
        <span>{errors.name}</span>
        <Anchor component={Link} to={`/contacts/${duplicateId}`} size="sm" data-testid="duplicate-link">
          {t('form.duplicateLink')}
        </Anchor>
      </Stack>
    ) : (
      errors.name
    );

  return (
    <FormStack formRef={formRef} onSubmit={submit} busy={busy} gap="md" testId="contact-form">
      <HintText>{t('form.intro')}</HintText>
      <FailureAlert failure={failure ?? saveFailure} />
      <TextInput label={t('form.name')} required autoComplete="off" {...bind('name')} error={nameError} data-autofocus />
      <SimpleGrid cols={{ base: 1, sm: contact ? 1 : 2 }} spacing="md">
        <NativeSelect
          label={t('form.kind')}
          required
          {...bind('kind')}
          data={withChoice(t('form.choose'), contactKinds, (kind) => t(`kinds.${kind}`))}
          data-testid="contact-kind"
        />
        {!contact && (
          <NativeSelect
            label={t('form.status')}
            {...bind('status')}
            data={contactStatuses.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
            data-testid="contact-status-select"
          />
        )}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <MultiSelect
          ref={countriesRef}
          label={t('form.focusCountries')}
          description={t('form.focusCountriesHint')}
          name="focusCountries"
          data={countries}
          searchable
          hidePickedOptions
          value={values.focusCountries}
          onChange={(value) => set('focusCountries', value)}
          error={errors.focusCountries}
          comboboxProps={{ withinPortal: true }}
          data-testid="contact-countries"
        />
        <MultiSelect
          ref={languagesRef}
          label={t('form.languages')}
          name="languages"
          data={languages}
          searchable
          hidePickedOptions
          value={values.languages}
          onChange={(value) => set('languages', value)}
          error={errors.languages}
          comboboxProps={{ withinPortal: true }}
          data-testid="contact-languages"
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label={t('form.district')} autoComplete="off" {...bind('district')} />
        <TextInput label={t('form.website')} description={t('form.websiteHint')} type="url" inputMode="url" dir="ltr" autoComplete="url" {...bind('website')} />
      </SimpleGrid>
      <TextInput label={t('form.address')} autoComplete="street-address" {...bind('address')} />
      <FileInput
        label={t('form.letterOfIntent')}
        description={t('form.letterOfIntentHint')}
        placeholder={t('form.letterOfIntentPlaceholder')}
        accept={acceptedAttachmentTypes.join(',')}
        name="letterOfIntent"
        clearable
        value={values.letterOfIntent}
        onChange={(value) => set('letterOfIntent', value)}
        error={errors.letterOfIntent}
        data-testid="contact-letter"
      />
      {contact?.letterOfIntent && !values.letterOfIntent && (
        <Text size="xs" c="dimmed">
          {t('form.letterOfIntentKept', { fileName: contact.letterOfIntent.fileName })}
        </Text>
      )}
      <DialogActions onCancel={onCancel} confirmLabel={contact ? t('form.save') : t('form.create')} busy={busy} confirmTestId="contact-submit" />
    </FormStack>
  );
}
