import { graphql } from '../../../../gql';

export const MEMBER_FIELDS = graphql(`
  fragment MemberFields on Member {
    id
    role
    active
    joinedAt
    version
    user {
      id
      email
      displayName
    }
    department {
      id
      name
    }
  }
`);
