import { graphql } from '../../../../gql';

export const PLAN_TEMPLATE_FIELDS = graphql(`
  fragment PlanTemplateFields on PlanTemplate {
    id
    key
    builtIn
    name {
      zhCN
      en
    }
    description {
      zhCN
      en
    }
    body
    createdAt
    version
  }
`);
