import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Checkbox, FileInput, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isCalendarDate, todayCalendarDate } from '../../components/calendar-date';
import { DialogActions } from '../../components/dialog-actions';
import { FailureAlert } from '../../components/failure-alert';
import { FormDialog } from '../../components/form-dialog';
import { Icon } from '../../components/icon';
import { withChoiceOf } from '../../components/select-data';
import { useReadableNames } from '../../components/person-name';
import type { NamedInScripts } from '@cirkel/i18n';
import { useFormFields } from '../../components/use-form-fields';
import { fieldErrors, fieldName } from '../../core/errors/field-errors';
import { useErrorMessage } from '../../core/errors/use-error-message';
import type { ConsentSection } from '../../gql/graphql';
import {
  acceptedAttachmentTypes,
  maxAttachmentBytes,
  useAttachmentErrorMessage,
  useAttachmentTransfer,
  type UploadedAttachment,
} from './attachment-transfer';
import { recordConsentMutation } from './case-operations';
import { consentFormSearch } from './consent-form-params';
import { consentSections, useReferralLabels } from './use-referral-labels';
import { HintText } from '../../components/hint-text';
import { FormStack } from '../../components/form-stack';

interface RecordConsentModalProps {
  opened: boolean;
  caseId: string;
  partners: readonly (NamedInScripts & { id: string })[];
  onClose: () => void;
  onRecorded: (partnerName: string) => Promise<void>;
}

export function RecordConsentModal({ opened, onClose, ...props }: RecordConsentModalProps) {
  const { t } = useTranslation(['cases', 'common']);
  return (
    <FormDialog opened={opened} onClose={onClose} title={t('consents.recordTitle')} size="lg">
      <RecordConsentForm onClose={onClose} {...props} />
    </FormDialog>
  );
}

type Field = 'partnerId' | 'sections' | 'givenOn' | 'file';
const fields: readonly string[] = ['partnerId', 'sections', 'givenOn', 'file'];
/** The server names the uploaded form by its input field. */
const consentFormPath = (path: string) => {
  const name = fieldName(path);
  return name === 'formAttachmentId' ? 'file' : fields.includes(name) ? name : null;
};

function RecordConsentForm({ caseId, partners, onClose, onRecorded }: Omit<RecordConsentModalProps, 'opened'>) {
  const { t } = useTranslation(['cases', 'common']);
  const names = useReadableNames();
  const labels = useReferralLabels();
  const errorMessage = useErrorMessage();
  const attachmentError = useAttachmentErrorMessage();
  const { upload } = useAttachmentTransfer();
  const { values, set, bind, errors, show: showErrors } = useFormFields({
    partnerId: '',
    sections: [] as ConsentSection[],
    givenOn: todayCalendarDate(),
    file: null as File | null,
  });
  const { partnerId, sections, givenOn, file } = values;
  // A form already uploaded is not sent twice when only the recording failed.
  const [uploaded, setUploaded] = useState<{ file: File; attachment: UploadedAttachment } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [recordConsent] = useMutation(recordConsentMutation);

  const validate = () => {
    const found: Partial<Record<Field, string>> = {};
    if (!partnerId) found.partnerId = t('consents.partnerRequired');
    if (sections.length === 0) found.sections = t('consents.sectionsRequired');
    if (!isCalendarDate(givenOn)) found.givenOn = t('form.validation.date');
    else if (givenOn > todayCalendarDate()) found.givenOn = t('consents.givenOnFuture');
    if (file && file.size > maxAttachmentBytes) found.file = t('consents.fileTooLarge');
    else if (file && file.type && !acceptedAttachmentTypes.includes(file.type)) found.file = t('consents.fileType');
    return found;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    if (!showErrors(validate())) return;
    setBusy(true);
    try {
      let attachmentId: string | undefined;
      if (file) {
        try {
          const attachment = uploaded?.file === file ? uploaded.attachment : await upload(file);
          setUploaded({ file, attachment });
          attachmentId = attachment.id;
        } catch (error) {
          showErrors({ file: attachmentError(error) });
          return;
        }
      }
      try {
        await recordConsent({ variables: { input: { caseId, partnerId, sections, givenOn, ...(attachmentId ? { formAttachmentId: attachmentId } : {}) } } });
      } catch (error) {
        const placed = fieldErrors(error, consentFormPath);
        if (Object.keys(placed).length > 0) showErrors(placed);
        else setFailure(errorMessage(error as Error));
        return;
      }
      const recorded = partners.find((partner) => partner.id === partnerId);
      await onRecorded(recorded ? names.label(recorded) : '');
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormStack onSubmit={submit} busy={busy} gap="md" testId="record-consent-form">
      <HintText>{t('consents.recordIntro')}</HintText>
      {partners.length === 0 && (
        <Alert color="orange" variant="light" icon={<Icon name="alert" />}>
          {t('consents.noPartners')}
        </Alert>
      )}
      <NativeSelect
        label={t('consents.partner')}
        required
        {...bind('partnerId')}
        data-testid="consent-partner"
        data={withChoiceOf(t('form.choose'), partners, names.label)}
      />
      <Checkbox.Group
        label={t('consents.sections')}
        description={t('consents.sectionsHint')}
        withAsterisk
        value={sections}
        onChange={(value) => set('sections', consentSections.filter((section) => value.includes(section)))}
        error={errors.sections}
      >
        <Stack gap="xs" mt="xs">
          {consentSections.map((section) => (
            <Checkbox key={section} value={section} label={labels.section(section)} description={t(`sectionHints.${section}`)} />
          ))}
        </Stack>
      </Checkbox.Group>
      {partnerId && sections.length > 0 && (
        <Anchor component={Link} to={`/cases/${caseId}/consent-form?${consentFormSearch({ partner: partnerId, sections })}`} target="_blank" rel="noopener" size="sm">
          {t('consents.printForChoices')}
        </Anchor>
      )}
      <TextInput
        type="date"
        label={t('consents.givenOn')}
        required
        {...bind('givenOn')}
      />
      <FileInput
        label={t('consents.form')}
        description={t('consents.formHint')}
        placeholder={t('consents.formPlaceholder')}
        accept={acceptedAttachmentTypes.join(',')}
        clearable
        value={file}
        onChange={(value) => set('file', value)}
        error={errors.file}
        data-testid="consent-file"
      />
      <FailureAlert failure={failure}>
        <Text size="sm" mt={4}>
          {t('form.inputKept')}
        </Text>
      </FailureAlert>
      <DialogActions onCancel={onClose} confirmLabel={t('consents.recordSubmit')} busy={busy} confirmTestId="record-consent-submit" />
    </FormStack>
  );
}
