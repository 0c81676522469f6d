import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { i18n, loadDictionaryPart } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/language';
import { en } from '../i18n/locales/en';
import { zhCN } from '../i18n/locales/zh-CN';

// Both languages at hand at once, as the app has them after loading; tests read
// English unless they switch (the detector would otherwise follow jsdom's navigator).
i18n.addResourceBundle('en', 'translation', en, true, true);
i18n.addResourceBundle('zh-CN', 'translation', zhCN, true, true);
void i18n.changeLanguage('en');
await Promise.all(LANGUAGES.flatMap((language) => [loadDictionaryPart('budget', language), loadDictionaryPart('templates', language)]));

// antd's responsive helpers ask for media queries, which jsdom does not implement.
if (!window.matchMedia) {
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  });
}

// Nor ResizeObserver, which antd's overflow and layout components watch with.
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
