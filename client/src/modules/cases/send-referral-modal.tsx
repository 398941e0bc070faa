import { useMutation } from '@apollo/client/react';
import { Alert, Checkbox, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../components/bidi-isolate';
import { DialogActions } from '../../components/dialog-actions';
import { FailureAlert } from '../../components/failure-alert';
import { FormDialog } from '../../components/form-dialog';
import { Icon } from '../../components/icon';
import { withChoiceOf } from '../../components/select-data';
import { useReadableNames } from '../../components/person-name';
import type { NamedInScripts } from '@cirkel/i18n';
import { useErrorMessage } from '../../core/errors/use-error-message';
import type { CaseDetailsFragment, ConsentSection } from '../../gql/graphql';
import { sendReferralMutation } from './case-operations';
import { coveredSections } from './consent-coverage';
import { consentSections, useReferralLabels } from './use-referral-labels';
import { HintText } from '../../components/hint-text';
import { FormStack } from '../../components/form-stack';

/** As the server allows (SendReferralInput.coverNote). */
const COVER_NOTE_MAX = 2000;

interface SendReferralModalProps {
  opened: boolean;
  item: CaseDetailsFragment;
  /** Organisations the office may refer to today (an agreement with REFERRALS in force). */
  partners: readonly (NamedInScripts & { id: string })[];
  onClose: () => void;
  onSent: (partnerName: string) => Promise<void>;
}

export function SendReferralModal({ opened, onClose, ...props }: SendReferralModalProps) {
  const { t } = useTranslation(['cases', 'common']);
  return (
    <FormDialog opened={opened} onClose={onClose} title={t('referrals.sendTitle')} size="lg">
      <SendReferralForm onClose={onClose} {...props} />
    </FormDialog>
  );
}

/**
 * Only partners with an agreement in force are offered, and only the sections the returnee's
 * active consent for that partner covers can be ticked. Choosing a partner ticks what its consent
 * covers (what the returnee agreed to share with it); the caseworker unticks what the partner
 * does not need. A cover note tells the partner what to know first.
 */
function SendReferralForm({ item, partners, onClose, onSent }: Omit<SendReferralModalProps, 'opened'>) {
  const { t } = useTranslation(['cases', 'common']);
  const names = useReadableNames();
  const labels = useReferralLabels();
  const errorMessage = useErrorMessage();
  const [partnerId, setPartnerId] = useState('');
  const [sections, setSections] = useState<ConsentSection[]>([]);
  const [coverNote, setCoverNote] = useState('');
  const [errors, setErrors] = useState<{ partner?: string; sections?: string; coverNote?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [sendReferral, { loading }] = useMutation(sendReferralMutation);
  const covered = coveredSections(item.consents, partnerId || null);
  const chosenPartner = partners.find((partner) => partner.id === partnerId);
  const partnerName = chosenPartner ? names.label(chosenPartner) : '';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const found = {
      partner: partnerId ? undefined : t('referrals.partnerRequired'),
      sections: sections.length > 0 ? undefined : t('referrals.sectionsRequired'),
      coverNote: coverNote.trim().length > COVER_NOTE_MAX ? t('referrals.coverNoteTooLong', { limit: COVER_NOTE_MAX }) : undefined,
    };
    setErrors(found);
    if (found.partner || found.sections || found.coverNote) return;
    try {
      const note = coverNote.trim();
      await sendReferral({ variables: { input: { caseId: item.id, partnerId, sections, ...(note ? { coverNote: note } : {}) } } });
      await onSent(partnerName);
    } catch (error) {
      // AGREEMENT_MISSING and CONSENT_MISSING come worded by the server, in the person's language.
      setFailure(errorMessage(error as Error));
    }
  };

  return (
    <FormStack onSubmit={submit} busy={loading} gap="md" testId="send-referral-form">
      <HintText>{t('referrals.sendIntro')}</HintText>
      {partners.length === 0 && (
        <Alert color="orange" variant="light" icon={<Icon name="alert" />} data-testid="no-referral-partners">
          {t('referrals.noPartners')}
        </Alert>
      )}
      <NativeSelect
        label={t('referrals.partner')}
        description={t('referrals.partnerHint')}
        required
        value={partnerId}
        onChange={(event) => {
          const next = event.currentTarget.value;
          setPartnerId(next);
          // The new partner's consent decides: what it covers is ticked, nothing else is carried over.
          setSections(coveredSections(item.consents, next || null));
          setErrors({});
        }}
        error={errors.partner}
        data-testid="referral-partner"
        data={withChoiceOf(t('form.choose'), partners, names.label)}
      />
      {partnerId && covered.length === 0 && (
        <Alert color="orange" variant="light" icon={<Icon name="alert" />} data-testid="no-consent">
          {t('referrals.noConsent', { partner: isolate(partnerName) })}
        </Alert>
      )}
      <Checkbox.Group
        label={t('referrals.sections')}
        description={t('referrals.sectionsHint')}
        withAsterisk
        value={sections}
        onChange={(value) => {
          setSections(consentSections.filter((section) => value.includes(section) && covered.includes(section)));
          setErrors((current) => ({ ...current, sections: undefined }));
        }}
        error={errors.sections}
      >
        <Stack gap="xs" mt="xs">
          {consentSections.map((section) => {
            const allowed = covered.includes(section);
            return (
              <Checkbox
                key={section}
                value={section}
                label={labels.section(section)}
                disabled={!allowed}
                description={allowed ? undefined : t('referrals.notCovered')}
                data-testid={`referral-section-${section}`}
              />
            );
          })}
        </Stack>
      </Checkbox.Group>
      <Textarea
        label={t('referrals.coverNote')}
        description={t('referrals.coverNoteHint')}
        value={coverNote}
        onChange={(event) => {
          setCoverNote(event.currentTarget.value);
          setErrors((current) => ({ ...current, coverNote: undefined }));
        }}
        error={errors.coverNote}
        rows={3}
        dir="auto"
        data-testid="referral-cover-note"
      />
      <FailureAlert failure={failure} title={t('referrals.sendFailed')} data-testid="send-referral-failed" />
      <DialogActions onCancel={onClose} confirmLabel={t('referrals.sendSubmit')} busy={loading} confirmTestId="send-referral-submit" />
    </FormStack>
  );
}
