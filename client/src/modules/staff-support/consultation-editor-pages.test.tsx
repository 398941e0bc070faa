import { screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { graphQLError, signedIn } from '../../../test/fixtures';
import { field, choose } from '../../../test/form-fields';
import { renderApp, type RenderAppOptions } from '../../../test/render-app';
import { followUpOwnersQuery, recordStaffConsultationMutation, staffConsultationQuery, updateStaffConsultationMutation } from './staff-support-operations';
import { adultEducation, consultationDetails, departmentsMock, jonas, ownersMock, socialServices } from './staff-support-test-data';
import { answering } from '../../../test/mutation-mocks';

async function write(user: UserEvent, path: string, text: string) {
  await user.clear(field(path));
  await user.click(field(path));
  await user.paste(text);
}

async function fillTraining(user: UserEvent) {
  await screen.findByTestId('consultation-form');
  await choose(user, field('departmentContactId'), socialServices.name);
  await write(user, 'heldOn', '2026-03-05');
  await choose(user, field('channel'), 'Training');
  await choose(user, field('topic'), 'Return support rules');
  await write(user, 'question', '  What does the grant cover?  ');
  await write(user, 'advice', 'Went through the rules with the unit.');
  await write(user, 'minutesSpent', '90');
  await write(user, 'participants', '14');
  await user.click(screen.getByTestId('consultation-add-follow-up'));
  await write(user, 'followUp.description', 'Send the slides');
  await write(user, 'followUp.dueOn', '2026-03-12');
  await choose(user, field('followUp.ownerId'), jonas.name);
}

/** The new-consultation page, as a caseworker. */
function openNewConsultation(mocks: RenderAppOptions['mocks']) {
  return renderApp({ path: '/staff-support/new', session: signedIn(['CASEWORKER']), mocks });
}

/** The recorded consultation's page, opened after saving. */
const recordedConsultation = { request: { query: staffConsultationQuery, variables: { id: 'consultation-1' } }, result: { data: { staffConsultation: consultationDetails() } } };

const trainingInput = {
  heldOn: '2026-03-05',
  departmentContactId: socialServices.id,
  department: null,
  // Filled in from the directory entry.
  district: 'Rinkeby-Kista',
  channel: 'TRAINING',
  topic: 'RETURN_SUPPORT',
  country: null,
  question: 'What does the grant cover?',
  advice: 'Went through the rules with the unit.',
  minutesSpent: 90,
  participants: 14,
  followUp: { description: 'Send the slides', dueOn: '2026-03-12', ownerId: jonas.id },
};

describe('record a consultation', () => {
  it('says that no personal data belongs in it', async () => {
    openNewConsultation([departmentsMock]);

    expect(await screen.findByTestId('consultation-privacy')).toHaveTextContent('No personal data here');
  });

  it('asks for participants for a training only', async () => {
    const { user } = openNewConsultation([departmentsMock]);
    await screen.findByTestId('consultation-form');
    expect(screen.queryByTestId('consultation-participants')).not.toBeInTheDocument();

    await choose(user, field('channel'), 'Training');
    expect(screen.getByTestId('consultation-participants')).toBeInTheDocument();

    for (const other of ['Phone', 'E-mail', 'Meeting']) {
      await choose(user, field('channel'), other);
      expect(screen.queryByTestId('consultation-participants')).not.toBeInTheDocument();
    }
  });

  it('sends what was entered and opens the recorded consultation', async () => {
    let sent: unknown;
    const { user, router } = openNewConsultation([
      departmentsMock,
      ownersMock,
      answering(recordStaffConsultationMutation, (input) => (sent = input), { recordStaffConsultation: consultationDetails() }),
      recordedConsultation,
    ]);

    await fillTraining(user);
    await user.click(screen.getByTestId('consultation-submit'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/staff-support/consultation-1'));
    expect(sent).toEqual(trainingInput);
    expect(await screen.findByText('The consultation is recorded.')).toBeInTheDocument();
  });

  it('offers every colleague as the follow-up’s owner, a coordinator too, named in the reader’s script', async () => {
    const layla = { __typename: 'StaffMember' as const, id: 'user-layla', name: 'ليلى الراوي', nameLatin: 'Layla Al-Rawi', nameArabic: null };
    const { user } = openNewConsultation([departmentsMock, { request: { query: followUpOwnersQuery }, result: { data: { colleagues: [layla, jonas] } } }]);
    await screen.findByTestId('consultation-form');
    await user.click(screen.getByTestId('consultation-add-follow-up'));
    await user.click(field('followUp.ownerId'));
    const options = (await screen.findAllByRole('option')).map((option) => option.textContent?.replace(/[\u2068\u2069]/g, ''));
    expect(options).toEqual(expect.arrayContaining(['Layla Al-Rawi (ليلى الراوي)', jonas.name]));
  });

  it('drops participants typed for a training when the channel changes, and takes a department by name', async () => {
    let sent: Record<string, unknown> | undefined;
    const { user } = openNewConsultation([
      departmentsMock,
      {
        request: { query: recordStaffConsultationMutation, variables: () => true },
        result: (variables) => {
          sent = variables.input as Record<string, unknown>;
          return { data: { recordStaffConsultation: consultationDetails() } };
        },
      },
      recordedConsultation,
    ]);
    await screen.findByTestId('consultation-form');
    await write(user, 'department', 'Arbetsförmedlingen Järva');
    await choose(user, field('channel'), 'Training');
    await write(user, 'participants', '12');
    await choose(user, field('channel'), 'Phone');
    await choose(user, field('topic'), 'An individual case');
    await write(user, 'question', 'A man asks about returning to Somalia.');
    await user.click(screen.getByTestId('consultation-submit'));

    await waitFor(() => expect(sent).toBeDefined());
    expect(sent).toMatchObject({ departmentContactId: null, department: 'Arbetsförmedlingen Järva', channel: 'PHONE', participants: null, followUp: null });
  });

  it('checks the form before sending: a department, a channel, a topic and a question', async () => {
    const { user } = openNewConsultation([departmentsMock]);
    await screen.findByTestId('consultation-form');
    await user.click(screen.getByTestId('consultation-submit'));

    expect(await screen.findByText('Choose a department from the directory or name it.')).toBeInTheDocument();
    expect(field('channel')).toHaveAttribute('aria-invalid', 'true');
    expect(field('topic')).toHaveAttribute('aria-invalid', 'true');
    expect(field('question')).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(field('departmentContactId')).toHaveFocus());
  });

  it('puts the server’s refusal of a field on that field, and keeps what was typed', async () => {
    const { user, router } = openNewConsultation([
      departmentsMock,
      ownersMock,
      {
        request: { query: recordStaffConsultationMutation, variables: () => true },
        result: graphQLError('The follow-up’s owner must be one of your organisation’s staff.', 'BAD_USER_INPUT', { field: 'input.followUp.ownerId' }),
      },
    ]);

    await fillTraining(user);
    await user.click(screen.getByTestId('consultation-submit'));

    expect(await screen.findByText('The follow-up’s owner must be one of your organisation’s staff.')).toBeInTheDocument();
    expect(field('followUp.ownerId')).toHaveAttribute('aria-invalid', 'true');
    expect(field('question')).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('save-failed')).toHaveTextContent('Some fields need changing.');
    expect(router.state.location.pathname).toBe('/staff-support/new');
    expect(field('question')).toHaveValue('  What does the grant cover?  ');
    expect(field('participants')).toHaveValue(14);
  });
});

describe('edit a consultation', () => {
  it('starts from what was recorded and sends it with its id and version', async () => {
    let sent: unknown;
    const recorded = consultationDetails({ version: 3, channel: 'MEETING', departmentContact: { __typename: 'ContactOrganisation', id: adultEducation.id, name: adultEducation.name } });
    const { user, router } = renderApp({
      path: '/staff-support/consultation-1/edit',
      session: signedIn(['COORDINATOR']),
      mocks: [
        departmentsMock,
        ownersMock,
        { request: { query: staffConsultationQuery, variables: { id: 'consultation-1' } }, result: { data: { staffConsultation: recorded } }, maxUsageCount: 2 },
        answering(updateStaffConsultationMutation, (input) => (sent = input), { updateStaffConsultation: { ...recorded, advice: 'Updated.' } }),
      ],
    });

    await screen.findByTestId('consultation-form');
    expect(field('question')).toHaveValue(recorded.question);
    expect(screen.queryByTestId('consultation-participants')).not.toBeInTheDocument();
    await write(user, 'advice', 'Updated.');
    await user.click(screen.getByTestId('consultation-submit'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/staff-support/consultation-1'));
    expect(sent).toEqual({
      id: 'consultation-1',
      version: 3,
      heldOn: '2026-03-02',
      departmentContactId: adultEducation.id,
      department: null,
      district: 'Rinkeby-Kista',
      channel: 'MEETING',
      topic: 'RETURN_SUPPORT',
      country: 'IQ',
      question: recorded.question,
      advice: 'Updated.',
      minutesSpent: 30,
      participants: null,
      followUp: { description: 'Send the grant leaflet in Arabic', dueOn: '2026-03-09', ownerId: jonas.id },
    });
  });
});
