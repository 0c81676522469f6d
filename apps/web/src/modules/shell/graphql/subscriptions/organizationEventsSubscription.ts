import { graphql } from '../../../../gql';

export const ORGANIZATION_EVENTS_SUBSCRIPTION = graphql(`
  subscription OrganizationEvents {
    organizationEvents {
      entity
      entityId
      action
      actorId
    }
  }
`);
