import { ConsultationChannel, OutreachTopic } from '../../gql/graphql';

/** The channels in the order the form and filters offer them. */
export const consultationChannels: readonly ConsultationChannel[] = [
  ConsultationChannel.Phone,
  ConsultationChannel.Email,
  ConsultationChannel.Meeting,
  ConsultationChannel.Training,
];

export const consultationTopics: readonly OutreachTopic[] = [
  OutreachTopic.ReturnSupport,
  OutreachTopic.CountrySituation,
  OutreachTopic.Reintegration,
  OutreachTopic.IndividualCase,
  OutreachTopic.TheOffice,
  OutreachTopic.Other,
];

/** Only a training has participants (the server refuses them on any other channel). */
export const hasParticipants = (channel: ConsultationChannel | '' | null | undefined): boolean => channel === ConsultationChannel.Training;
