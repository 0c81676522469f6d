import { graphql } from '../../../../gql';

export const COMMENT_FIELDS = graphql(`
  fragment CommentFields on NodeComment {
    id
    nodeId
    body
    createdAt
    author {
      id
      user {
        id
        displayName
      }
    }
  }
`);
