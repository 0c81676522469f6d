import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import type { PlanActor } from '@opsplan/domain';
import { render } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import { MemoryRouter } from 'react-router';
import type { PlanNodeRowFieldsFragment } from '../../../../gql/graphql';
import { FeedbackProvider } from '../../../feedback/components/FeedbackProvider';
import { PLAN_OUTLINE_QUERY } from '../../graphql/queries/planOutlineQuery';
import { OUTLINE_VARIABLES } from '../../hooks/useOutlineNodes';
import { PlanOutlineSection } from '../PlanOutlineSection';

/** plan-1's outline read, answering `nodes` every time (the first read and each refetch). */
export const outlineMock = (nodes: readonly PlanNodeRowFieldsFragment[]): MockLink.MockedResponse => ({
  request: { query: PLAN_OUTLINE_QUERY, variables: { planId: 'plan-1', ...OUTLINE_VARIABLES } },
  result: { data: { __typename: 'Query', planOutline: nodes } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

/** The outline section of plan-1 in English, its outline answering `nodes`, with `mocks` for the other operations. */
export function renderOutlineSection(nodes: readonly PlanNodeRowFieldsFragment[], mocks: MockLink.MockedResponse[], actor: PlanActor | null): void {
  render(
    <ConfigProvider locale={enUS}>
      <FeedbackProvider>
        <MockedProvider mocks={[outlineMock(nodes), ...mocks]}>
          <MemoryRouter>
            <PlanOutlineSection planId="plan-1" planYear={{ start: '2026-01-01', end: '2026-12-31' }} actor={actor} members={[]} departments={[]} />
          </MemoryRouter>
        </MockedProvider>
      </FeedbackProvider>
    </ConfigProvider>,
  );
}
