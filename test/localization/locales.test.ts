import { expect } from '@open-wc/testing';
import { ALL_LOCALES, TARGET_LOCALES, localeDirection, resolveLocaleTag, usualEmergencyNumber } from '../../src/localization/locales.js';
import { localeLoaders } from '../../src/localization/loaders.js';
import { allLocales, targetLocales } from '../../src/localization/generated/locale-codes.js';
import { isLocalizationSetUp } from '../../src/localization/context.js';

describe('locales', () => {
  it('match lit-localize.json, the generated locale codes and the loader map', async () => {
    const config = await (await fetch('/lit-localize.json')).json();
    expect([...config.targetLocales].sort()).to.deep.equal([...TARGET_LOCALES].sort());
    expect([...targetLocales].sort()).to.deep.equal([...TARGET_LOCALES].sort());
    expect([...allLocales].sort()).to.deep.equal([...ALL_LOCALES].sort());
    expect(Object.keys(localeLoaders).sort()).to.deep.equal([...TARGET_LOCALES].sort());
  });

  it('importing the localization modules sets nothing up', () => {
    expect(isLocalizationSetUp()).to.equal(false);
  });

  const cases: Array<[string, string, string?]> = [
    ['en', 'en'],
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    ['es', 'es'],
    ['es-MX', 'es'],
    ['es_419', 'es'],
    ['zh', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-Hans-US', 'zh-Hans'],
    ['zh-TW', 'zh-Hans'],
    ['vi-VN', 'vi'],
    ['tl', 'tl'],
    ['fil-PH', 'tl'],
    ['ar', 'ar'],
    ['ar-SA', 'ar'],
    ['fr-CA', 'fr'],
    ['de-CH', 'de'],
    ['pl-PL', 'pl'],
    ['pt', 'en', 'unsupported'],
    ['pt-BR', 'en', 'unsupported'],
    ['xx', 'en', 'unsupported'],
    ['123', 'en', 'malformed'],
    ['e', 'en', 'malformed'],
    ['en US', 'en', 'malformed'],
  ];
  for (const [tag, locale, problem] of cases) {
    it(`"${tag}" → ${locale}${problem ? ` (${problem})` : ''}`, () => {
      const resolved = resolveLocaleTag(tag);
      expect(resolved.locale).to.equal(locale);
      expect(resolved.problem).to.equal(problem);
    });
  }

  it('keeps the page’s region for Intl where the language matches, with script-safe defaults', () => {
    expect(resolveLocaleTag('es-MX').intlTag).to.equal('es-MX');
    expect(resolveLocaleTag('zh-SG').intlTag).to.equal('zh-SG');
    expect(resolveLocaleTag('zh-TW').intlTag).to.equal('zh-CN');
    expect(resolveLocaleTag('zh-Hans').intlTag).to.equal('zh-CN');
    expect(resolveLocaleTag('tl').intlTag).to.equal('fil');
    expect(resolveLocaleTag('pt-BR').intlTag).to.equal('en');
  });

  it('only Arabic is right to left', () => {
    expect(ALL_LOCALES.filter((locale) => localeDirection(locale) === 'rtl')).to.deep.equal(['ar']);
  });

  it('knows the usual emergency number where the tag names a region', () => {
    expect(usualEmergencyNumber('en-US')).to.equal('911');
    expect(usualEmergencyNumber('es-MX')).to.equal('911');
    expect(usualEmergencyNumber('fil-PH')).to.equal('911');
    expect(usualEmergencyNumber('en-GB')).to.equal('999');
    expect(usualEmergencyNumber('pl-PL')).to.equal('112');
    expect(usualEmergencyNumber('de-AT')).to.equal('112');
    expect(usualEmergencyNumber('es')).to.equal(undefined);
    expect(usualEmergencyNumber('zh-CN')).to.equal(undefined);
    expect(usualEmergencyNumber('123')).to.equal(undefined);
  });
});
