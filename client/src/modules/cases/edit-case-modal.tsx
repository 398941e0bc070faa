import { useMutation } from '@apollo/client/react';
import { isDocumentLanguage } from '@cirkel/i18n';
import { Modal } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../components/conflict-alert';
import { SaveFailureAlert } from '../../components/save-failure-alert';
import { ErrorCode, hasErrorCode } from '../../core/apollo/graphql-errors';
import { fieldErrors } from '../../core/errors/field-errors';
import { useErrorMessage } from '../../core/errors/use-error-message';
import { currentLanguage } from '../../core/i18n/create-i18n';
import type { CaseDetailsFragment } from '../../gql/graphql';
import { CaseForm } from './case-form';
import { caseFormPath, caseFormValuesFrom, updateCaseInput } from './case-form-values';
import { updateCaseMutation } from './case-operations';


interface EditCaseModalProps {
  item: CaseDetailsFragment;
  opened: boolean;
  caseworkers: readonly { id: string; name: string }[];
  onClose: () => void;
  onSaved: () => void;
  /** Fetches the case again (after a conflict); resolves when the latest version is in. */
  onReload: () => Promise<unknown>;
}

export function EditCaseModal({ item, opened, caseworkers, onClose, onSaved, onReload }: EditCaseModalProps) {
  const { t } = useTranslation('cases');
  const narrow = useMediaQuery('(max-width: 48em)');
  return (
    <Modal opened={opened} onClose={onClose} title={t('edit.title', { number: item.number })} size="xl" fullScreen={narrow}>
      {opened && <EditCaseForm item={item} caseworkers={caseworkers} onClose={onClose} onSaved={onSaved} onReload={onReload} />}
    </Modal>
  );
}

function EditCaseForm({ item, caseworkers, onClose, onSaved, onReload }: Omit<EditCaseModalProps, 'opened'>) {
  const { t, i18n } = useTranslation('cases');
  const errorMessage = useErrorMessage();
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // The form starts again from the case as it is now after a reload; until then it keeps what was typed.
  const [generation, setGeneration] = useState(0);
  const [updateCase, { loading }] = useMutation(updateCaseMutation);
  const language = currentLanguage(i18n);
  const sees = (section: CaseDetailsFragment['visibleSections'][number]) => item.visibleSections.includes(section);

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
      setConflict(false);
      setFailure(null);
      setGeneration((value) => value + 1);
    } catch (error) {
      setFailure(errorMessage(error as Error));
    } finally {
      setReloading(false);
    }
  };

  return (
    <CaseForm
      key={`${item.version}-${generation}`}
      edit
      initialValues={caseFormValuesFrom(item, isDocumentLanguage(language) ? language : 'sv')}
      caseworkers={caseworkers}
      sections={{ identity: sees('IDENTITY'), contact: sees('CONTACT'), household: sees('HOUSEHOLD'), needs: sees('NEEDS'), health: sees('HEALTH') }}
      submitLabel={t('edit.submit')}
      submitting={loading}
      alert={
        conflict ? (
          <ConflictAlert namespace="cases" onReload={() => void reload()} reloading={reloading} testId="conflict" />
        ) : (
          failure && <SaveFailureAlert title={t('edit.failed')} message={failure} kept={t('form.inputKept')} />
        )
      }
      onCancel={onClose}
      onSubmit={async (values) => {
        setFailure(null);
        setConflict(false);
        try {
          await updateCase({ variables: { input: updateCaseInput(values, item) } });
          onSaved();
        } catch (error) {
          if (hasErrorCode(error, ErrorCode.Conflict)) {
            setConflict(true);
            return;
          }
          const byField = fieldErrors(error, caseFormPath);
          if (Object.keys(byField).length > 0) return byField;
          setFailure(errorMessage(error as Error));
        }
      }}
    />
  );
}
