import { canHangUnder, LEVELS } from '../..';

describe('where a node may hang in the cascade', () => {
  it('keeps strategies at the top and nowhere else', () => {
    expect(canHangUnder('strategy', null)).toBe(true);
    for (const parent of LEVELS) expect(canHangUnder('strategy', parent)).toBe(false);
  });

  it('puts every other level exactly one below its parent', () => {
    expect(canHangUnder('objective', 'strategy')).toBe(true);
    expect(canHangUnder('project', 'objective')).toBe(true);
    expect(canHangUnder('task', 'project')).toBe(true);
    expect(canHangUnder('activity', 'task')).toBe(true);
    expect(canHangUnder('project', 'strategy')).toBe(false);
    expect(canHangUnder('task', 'objective')).toBe(false);
    expect(canHangUnder('objective', null)).toBe(false);
  });

  it('lets an activity hang straight under a project, which small projects need', () => {
    expect(canHangUnder('activity', 'project')).toBe(true);
    expect(canHangUnder('activity', 'objective')).toBe(false);
  });

  it('never lets a node hang under its own level or below', () => {
    LEVELS.forEach((child, i) => LEVELS.slice(i).forEach((parent) => expect(canHangUnder(child, parent)).toBe(false)));
  });
});
