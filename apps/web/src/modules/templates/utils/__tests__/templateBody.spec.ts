import { describe, expect, it } from 'vitest';
import { noodleBarTemplate } from '../../__tests__/noodleBarTemplate';
import { exportableJson, readTemplateBody } from '../templateBody';
import { summarizeTemplate } from '../templateSummary';

describe('a template as the API sends it', () => {
  it('reads a valid template and sums it up for its card', () => {
    const read = readTemplateBody(JSON.stringify(noodleBarTemplate()));
    expect(read.ok ? null : read.problem).toBeNull();
    if (!read.ok) return;
    const summary = summarizeTemplate(read.template);
    expect({ ...summary, objectives: summary.objectives.map((o) => o.en) }).toEqual({
      levels: 4,
      departments: 3,
      kpis: 1,
      months: 24,
      objectives: ['Open on time', 'Sell 3,600 bowls a month'],
    });
  });

  it('names the first problem of a template it cannot use', () => {
    const broken = { ...noodleBarTemplate(), nodes: [{ ...noodleBarTemplate().nodes[0], level: 'mission' }] };
    const read = readTemplateBody(JSON.stringify(broken));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem.path).toBe('nodes[0].level');
    expect(readTemplateBody('{ not json').ok).toBe(false);
  });

  it('exports indented JSON a person can edit and import again', () => {
    expect(exportableJson('{"key":"a","n":[1]}')).toBe('{\n  "key": "a",\n  "n": [\n    1\n  ]\n}\n');
  });
});
