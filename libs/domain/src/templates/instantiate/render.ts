import { Problems } from '../parse/reader';
import { fillPlaceholders, localize, placeholdersIn, textLength } from '../text';
import type { BlueprintLanguage, LocalizedText } from '../types';

/** Writes a template's texts in the plan's language with the parameters' values filled in. */
export class TextRenderer {
  constructor(
    private readonly values: Record<string, LocalizedText>,
    readonly language: BlueprintLanguage,
    private readonly problems: Problems,
  ) {}

  /** The text; a value that makes it longer than `max` is reported on the parameter (the template itself was checked). */
  text(text: LocalizedText, max: number): string {
    const filled = {
      'zh-CN': fillPlaceholders(text['zh-CN'], (key) => this.values[key]?.['zh-CN'] ?? ''),
      en: fillPlaceholders(text.en, (key) => this.values[key]?.en ?? ''),
    };
    const shown = localize(filled, this.language);
    if (textLength(shown) > max) {
      const key = placeholdersIn(`${text['zh-CN']} ${text.en}`)[0];
      this.problems.add(key ? `parameters.${key}` : '', `makes “${[...shown].slice(0, 30).join('')}…” longer than ${max} characters`);
    }
    return shown;
  }
}
