import { expect } from '@open-wc/testing';
import { ALL_LOCALES, preloadLocale, withLocale } from '../../../src/localization/index.js';
import { moveDownLabel, moveUpLabel, removeLabel, text } from '../../../src/elements/stretch-program-builder/builder-text.js';

/** Whole-word, case-insensitive: how axe's label-content-name-mismatch reads "the name contains the visible text". */
const containsWords = (name: string, visible: string) =>
  new RegExp(`(^|[\\s\\p{P}])${visible.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[\\s\\p{P}])`, 'iu').test(name);

describe('<stretch-program-builder> row buttons', () => {
  it('name their stretch and contain their visible word in every language (WCAG 2.5.3 Label in Name)', async () => {
    for (const locale of ALL_LOCALES) {
      if (locale !== 'en') await preloadLocale(locale);
      withLocale(locale, () => {
        for (const [visible, label] of [
          [text.up(), moveUpLabel('Bird dog')],
          [text.down(), moveDownLabel('Bird dog')],
          [text.remove(), removeLabel('Bird dog')],
        ]) {
          expect(label, `${locale}: "${label}"`).to.contain('Bird dog');
          expect(containsWords(label, visible), `${locale}: "${label}" should contain "${visible}"`).to.equal(true);
        }
      });
    }
  });
});
