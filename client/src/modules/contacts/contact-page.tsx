import './contact-styles';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { BackLink } from '../../components/back-link';
import { isolate } from '../../components/bidi-isolate';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { DetailList } from '../../components/detail-list';
import { FailureAlert } from '../../components/failure-alert';
import { FormDialog } from '../../components/form-dialog';
import { Icon } from '../../components/icon';
import { NoticeAlert } from '../../components/notice-alert';
import { PageHeader } from '../../components/page-header';
import { useDocumentTitle } from '../../components/use-document-title';
import { useNoticeDialog } from '../../components/use-notice-dialog';
import { useErrorMessage } from '../../core/errors/use-error-message';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { ContactDetailFragment } from '../../gql/graphql';
import { useAttachmentErrorMessage, useAttachmentTransfer } from '../cases/attachment-transfer';
import { ContactForm } from './contact-form';
import { ContactPeopleCard } from './contact-people-card';
import { ContactStatusBadge } from './contact-status-badge';
import { ContactStatusCard } from './contact-status-card';
import { ContactTimelineCard } from './contact-timeline-card';
import {
  archiveContactOrganisationMutation,
  contactOrganisationQuery,
  contactOrganisationsQuery,
  removeContactOrganisationMutation,
  restoreContactOrganisationMutation,
} from './contacts-operations';
import { useContactsTranslation } from './use-contacts-translation';
import { DetailFallback } from '../../components/detail-fallback';

/** One directory entry: its details, status and history, people, outreach timeline and letter of intent. */
export function ContactPage() {
  const { id = '' } = useParams();
  const { t } = useContactsTranslation();
  const { data, loading, error, refetch } = useQuery(contactOrganisationQuery, { variables: { id } });
  const contact = data?.contactOrganisation;
  useDocumentTitle(contact?.name ?? t('list.title'));

  if (contact) return <ContactDetail key={contact.id} contact={contact} />;
  return <DetailFallback namespace="contacts" backTo="/contacts" query={{ error, loading, refetch }} loadingTestId="contact-loading" />;
}

function ContactDetail({ contact }: { contact: ContactDetailFragment }) {
  const { t } = useContactsTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const location = useLocation();
  const errorMessage = useErrorMessage();
  const { download } = useAttachmentTransfer();
  const attachmentError = useAttachmentErrorMessage();
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);
  const [actionFailure, setActionFailure] = useState<string | null>(null);
  const [downloadFailure, setDownloadFailure] = useState<string | null>(null);
  const editing = useNoticeDialog(setNotice);
  const removing = useNoticeDialog(setNotice);
  const name = isolate(contact.name);
  const refetchList = { refetchQueries: [contactOrganisationsQuery] };
  const [archive, { loading: archiving }] = useMutation(archiveContactOrganisationMutation, refetchList);
  const [restore, { loading: restoring }] = useMutation(restoreContactOrganisationMutation, refetchList);
  const [remove] = useMutation(removeContactOrganisationMutation, refetchList);
  const client = useApolloClient();

  const setArchived = async (archived: boolean) => {
    setActionFailure(null);
    try {
      await (archived ? archive : restore)({ variables: { id: contact.id } });
      setNotice(archived ? t('detail.archived', { name }) : t('detail.restored', { name }));
    } catch (error) {
      setActionFailure(errorMessage(error as Error));
    }
  };

  const removeContact = async () => {
    const { data } = await remove({ variables: { id: contact.id } });
    const removed = data?.removeContactOrganisation;
    if (!removed) return;
    if (removed.archived) {
      // The server kept it for its history: the page stays, now archived.
      await removing.done(
        () => t('detail.removedArchived', { name }),
        () => client.refetchQueries({ include: [contactOrganisationQuery] }),
      )(undefined);
    } else {
      removing.close();
      void navigate('/contacts', { state: { notice: t('detail.removedDeleted', { name }) } });
    }
  };

  const fetchLetter = async () => {
    if (!contact.letterOfIntent) return;
    setDownloadFailure(null);
    try {
      await download(contact.letterOfIntent.url, contact.letterOfIntent.fileName);
    } catch (error) {
      setDownloadFailure(attachmentError(error));
    }
  };

  const none = t('list.none');
  return (
    <Stack gap="lg" maw={1080}>
      <PageHeader
        back={<BackLink to="/contacts">{t('detail.back')}</BackLink>}
        title={name}
        actions={
          <Group gap="sm" data-testid="contact-actions">
            <Button variant="default" leftSection={<Icon name="user" size={16} />} onClick={() => editing.open(true)} disabled={contact.archived}>
              {t('detail.edit')}
            </Button>
            {contact.archived ? (
              <Button variant="light" loading={restoring} onClick={() => void setArchived(false)} data-testid="restore-contact">
                {t('detail.restore')}
              </Button>
            ) : (
              <Button variant="light" loading={archiving} onClick={() => void setArchived(true)} data-testid="archive-contact">
                {t('detail.archive')}
              </Button>
            )}
            <Button variant="light" color="red" onClick={() => removing.open(true)} data-testid="remove-contact">
              {t('detail.remove')}
            </Button>
          </Group>
        }
      >
        <Group gap="sm" mt={4}>
          <Text size="sm" c="dimmed" data-testid="contact-kind-label">
            {t(`kinds.${contact.kind}`)}
          </Text>
          <ContactStatusBadge status={contact.status} size="lg" />
        </Group>
      </PageHeader>

      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
      <FailureAlert failure={actionFailure} />
      {contact.archived && (
        <Alert color="gray" variant="light" icon={<Icon name="alert" />} data-testid="contact-archived-notice">
          {t('detail.archivedNotice')}
        </Alert>
      )}

      <Card withBorder radius="md" padding="lg" component="section" aria-label={t('detail.details')}>
        <DetailList
          labelWidth={200}
          rows={[
            { label: t('detail.kind'), value: t(`kinds.${contact.kind}`) },
            {
              label: t('detail.focusCountries'),
              value: contact.focusCountries.length > 0 ? format.list(contact.focusCountries.map(format.country)) : none,
              testId: 'contact-countries',
            },
            { label: t('detail.languages'), value: contact.languages.length > 0 ? format.list(contact.languages.map(format.language)) : none },
            { label: t('detail.district'), value: contact.district ? isolate(contact.district) : none },
            { label: t('detail.address'), value: contact.address ? isolate(contact.address) : none },
            {
              label: t('detail.website'),
              value: contact.website ? (
                <Anchor href={contact.website} target="_blank" rel="noopener noreferrer" dir="ltr">
                  {contact.website}
                </Anchor>
              ) : (
                none
              ),
            },
            {
              label: t('detail.letterOfIntent'),
              testId: 'contact-letter',
              value: contact.letterOfIntent ? (
                <Stack gap={4} align="flex-start">
                  <Group gap="xs">
                    <Text span size="sm" dir="auto">
                      {contact.letterOfIntent.fileName}
                    </Text>
                    <Button size="xs" variant="subtle" onClick={() => void fetchLetter()} data-testid="download-letter">
                      {t('detail.download')}
                    </Button>
                  </Group>
                  {downloadFailure && <FailureAlert failure={`${t('detail.downloadFailed')}: ${downloadFailure}`} />}
                </Stack>
              ) : (
                t('detail.noLetter')
              ),
            },
          ]}
        />
      </Card>

      <ContactStatusCard contact={contact} onChanged={setNotice} />
      <ContactPeopleCard contact={contact} onNotice={setNotice} />
      <ContactTimelineCard contactId={contact.id} />

      <FormDialog opened={editing.opened} onClose={editing.close} title={t('form.editTitle')} size="xl">
        <ContactForm contact={contact} onCancel={editing.close} onSaved={editing.done(() => t('form.saved'))} />
      </FormDialog>
      <ConfirmDialog
        opened={removing.opened}
        onClose={removing.close}
        title={t('detail.removeTitle')}
        confirmLabel={t('detail.remove')}
        danger
        confirmTestId="confirm-remove-contact"
        onConfirm={removeContact}
      >
        <Text size="sm">{t('detail.removeQuestion', { name })}</Text>
      </ConfirmDialog>
    </Stack>
  );
}
