import { graphql } from '../../../../gql';

/** Built-in templates first, then the organisation's own. */
export const PLAN_TEMPLATES_QUERY = graphql(`
  query PlanTemplates {
    planTemplates {
      ...PlanTemplateFields
    }
  }
`);
