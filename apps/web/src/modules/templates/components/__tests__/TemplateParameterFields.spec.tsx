import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Form } from 'antd';
import { describe, expect, it } from 'vitest';
import { noodleBarTemplate } from '../../__tests__/noodleBarTemplate';
import { initialTemplateValues } from '../../utils/templateForm';
import type { TemplateFormValues } from '../../utils/templateForm';
import { TemplateParameterFields } from '../TemplateParameterFields';

const template = noodleBarTemplate();

function Harness({ problems = {}, onValues }: { problems?: Record<string, string>; onValues?: (values: TemplateFormValues) => void }) {
  const [form] = Form.useForm<TemplateFormValues>();
  return (
    <Form form={form} layout="vertical" initialValues={initialTemplateValues(template, 'en', new Date(2026, 4, 12))} onValuesChange={(_, all) => onValues?.(all)}>
      <TemplateParameterFields template={template} problems={problems} planNamePlaceholder="Old Street Noodles launch" />
    </Form>
  );
}

const field = (key: string) => screen.getByTestId(`template-param-${key}`) as HTMLInputElement;
const type = (key: string, value: string) => fireEvent.change(field(key), { target: { value } });

describe('the template’s parameter form', () => {
  it('shows every parameter with its default: money as typed, rates as percentages, the start as next month’s first day', () => {
    render(<Harness />);
    expect(field('company').value).toBe('Old Street Noodles');
    expect(field('investment').value).toBe('300000');
    expect(field('loan').value).toBe('200000');
    expect(field('loanRate').value).toBe('4.35');
    expect(field('seats').value).toBe('60');
    expect(screen.getByText('Bank loan')).toBeTruthy();
    expect(screen.getByText(/Enter 0 for no loan/)).toBeTruthy();
    expect(screen.getByText('0% to 20%')).toBeTruthy();
    expect((screen.getByTestId('template-start-date') as HTMLInputElement).value).toBe('2026-06-01');
    expect((screen.getByTestId('template-plan-name') as HTMLInputElement).placeholder).toBe('Old Street Noodles launch');
    expect(screen.getByTestId('template-language-en').closest('label')?.className).toContain('checked');
  });

  it('says at once what money and rates it cannot take', async () => {
    render(<Harness />);
    type('loan', '-5');
    expect(await screen.findByText('Enter an amount of at least 0 with at most two decimals')).toBeTruthy();
    type('loan', '12.345');
    expect(screen.getByText('Enter an amount of at least 0 with at most two decimals')).toBeTruthy();
    type('loan', '1,500,000');
    await waitFor(() => expect(screen.queryByText('Enter an amount of at least 0 with at most two decimals')).toBeNull());

    type('loanRate', 'four');
    expect(await screen.findByText('Enter a percentage, e.g. 4.35')).toBeTruthy();
    type('loanRate', '25');
    expect(await screen.findByText('At most 20%')).toBeTruthy();
    type('seats', '12.5');
    expect(await screen.findByText('Enter a whole number')).toBeTruthy();
  });

  it('shows the template’s problems on the fields they name', () => {
    render(<Harness problems={{ 'parameters.company': 'is longer than 100 characters', startDate: 'must be a day of 2020 to 2100' }} />);
    expect(screen.getByText('is longer than 100 characters')).toBeTruthy();
    expect(screen.getByText('must be a day of 2020 to 2100')).toBeTruthy();
    const companyItem = field('company').closest('.ant-form-item');
    expect(companyItem?.className).toContain('has-error');
  });

  it('lets the text defaults follow the plan’s language, unless typed over', async () => {
    let values: TemplateFormValues | undefined;
    render(<Harness onValues={(all) => (values = all)} />);
    fireEvent.click(screen.getByTestId('template-language-zh-CN'));
    await waitFor(() => expect(field('company').value).toBe('老街面馆'));
    expect(values?.language).toBe('zh-CN');
    type('company', 'Noodle Nook');
    fireEvent.click(screen.getByTestId('template-language-bilingual'));
    await waitFor(() => expect(values?.language).toBe('bilingual'));
    expect(field('company').value).toBe('Noodle Nook');
  });
});
