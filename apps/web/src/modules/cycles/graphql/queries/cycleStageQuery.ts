import { graphql } from '../../../../gql';

export const CYCLE_STAGE_QUERY = graphql(`
  query CycleStage($id: ID!) {
    cycleStage(id: $id) {
      ...CycleStageFields
      deliverables {
        id
        name
        body
        version
        updatedAt
        attachments {
          id
          filename
          contentType
          size
          createdAt
        }
      }
      history {
        id
        action
        fromStatus
        toStatus
        reason
        createdAt
        actor {
          id
          user {
            id
            displayName
          }
        }
      }
    }
  }
`);
