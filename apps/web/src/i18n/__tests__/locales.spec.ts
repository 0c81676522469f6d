import { ROLES } from '@opsplan/domain';
import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES } from '../../modules/errors/utils/apiErrors';
import { toLanguage } from '../language';
import { budgetEn } from '../locales/budget-en';
import { budgetZhCN } from '../locales/budget-zh-CN';
import { templatesEn } from '../locales/templates-en';
import { templatesZhCN } from '../locales/templates-zh-CN';
import { en } from '../locales/en';
import { zhCN } from '../locales/zh-CN';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [k, v] of flatten(value, path)) entries.set(k, v);
  }
  return entries;
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

// Each language's dictionary with its parts (loaded later, but one set of keys).
const zh = flatten({ ...zhCN, ...budgetZhCN, ...templatesZhCN });
const english = flatten({ ...en, ...budgetEn, ...templatesEn });

describe('translations', () => {
  it('have the same keys in Chinese and English', () => {
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it('leave no text empty', () => {
    for (const [key, text] of [...zh, ...english]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same interpolation variables in both languages', () => {
    for (const [key, text] of zh) expect(variables(english.get(key) ?? ''), key).toEqual(variables(text));
  });

  it('name every role and every API error code', () => {
    for (const role of ROLES) expect(zh.get(`roles.${role}`), role).toBeTruthy();
    for (const code of API_ERROR_CODES) expect(zh.get(`errors.${code}`), code).toBeTruthy();
    expect(zh.get('roles.admin')).toBe('管理员');
    expect(zh.get('roles.manager')).toBe('部门经理');
  });

  it('are really translated: Chinese text is Chinese, English text is not', () => {
    const hasHan = (text: string) => /\p{Script=Han}/u.test(text);
    // Placeholders and punctuation alone ("{{field}}：") have nothing to translate.
    const untranslated = [...zh].filter(([, text]) => !hasHan(text) && !/^[\s{}\w.:：]*$/.test(text));
    expect(untranslated).toEqual([]);
    expect([...english].filter(([, text]) => hasHan(text))).toEqual([]);
  });
});

describe('language detection', () => {
  it.each([
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['en', 'en'],
    ['en-GB', 'en'],
  ])('maps %s to %s', (tag, language) => {
    expect(toLanguage(tag)).toBe(language);
  });

  it('leaves languages we do not ship undecided, so the next preference or the fallback applies', () => {
    expect(toLanguage('fr-FR')).toBeUndefined();
    expect(toLanguage('')).toBeUndefined();
    expect(toLanguage(null)).toBeUndefined();
  });
});
