import { graphql } from '../../../../gql';

export const UPDATE_MEMBER_MUTATION = graphql(`
  mutation UpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      ...MemberFields
    }
  }
`);
