import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import type { DocumentNode, FormattedExecutionResult } from 'graphql';
import { render } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import type { ReactElement } from 'react';
import { FeedbackProvider } from '../modules/feedback/components/FeedbackProvider';

/**
 * A mutation's mock that answers every call (`answer` gets the `input`
 * variable) and keeps the inputs it was sent, in order, in `writes`.
 */
export function recordingMock<Input>(query: DocumentNode, answer: (input: Input) => unknown, delay = 0): { mock: MockLink.MockedResponse; writes: Input[] } {
  const writes: Input[] = [];
  const mock: MockLink.MockedResponse = {
    request: { query, variables: () => true },
    result: (variables: Record<string, unknown>) => {
      const input = variables['input'] as Input;
      writes.push(input);
      return answer(input) as FormattedExecutionResult;
    },
    delay,
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
  return { mock, writes };
}

/** Renders a component as the app does around it (antd in English, the feedback messages), with Apollo answering from `mocks`. */
export function renderWithMocks(element: ReactElement, mocks: MockLink.MockedResponse[]) {
  return render(
    <ConfigProvider locale={enUS}>
      <FeedbackProvider>
        <MockedProvider mocks={mocks}>{element}</MockedProvider>
      </FeedbackProvider>
    </ConfigProvider>,
  );
}
