import { FormDialog } from '../../components/form-dialog';
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
    <FormDialog opened={opened} onClose={onClose} title={t('propose.dialogTitle')} size="xl">
      <ProposeAgreementForm ownOrganisationId={ownOrganisationId} onProposed={onProposed} onCancel={onClose} />
    </FormDialog>
  );
}
