import type { LocalizedText } from '../types';

/** A text in Chinese and English, as the built-in templates write them. */
export const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

/** The same text in both languages (a unit such as "%"). */
export const same = (text: string): LocalizedText => ({ 'zh-CN': text, en: text });
