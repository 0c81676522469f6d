import { graphql } from '../../../../gql';

export const ACCEPT_INVITATION_MUTATION = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      ...AuthPayloadFields
    }
  }
`);
