import { Modal } from '@mantine/core';
import type { AgreementDetailFragment } from '../../gql/graphql';
import { ProposeAgreementForm } from './propose-agreement-form';
import { useAgreementsTranslation } from './use-agreements-translation';

interface ProposeAgreementModalProps {
  opened: boolean;
  ownOrganisationId: string;
  onClose: () => void;
  onProposed: (agreement: AgreementDetailFragment) => void;
}

export function ProposeAgreementModal({ opened, ownOrganisationId, onClose, onProposed }: ProposeAgreementModalProps) {
  const { t } = useAgreementsTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('propose.dialogTitle')} centered size="xl">
      {/* Mounted only while open, so every proposal starts from an empty form. */}
      {opened && <ProposeAgreementForm ownOrganisationId={ownOrganisationId} onProposed={onProposed} onCancel={onClose} />}
    </Modal>
  );
}
