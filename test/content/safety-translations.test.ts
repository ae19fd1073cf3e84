import { expect } from '@open-wc/testing';
import { EMERGENCY_EXAMPLE_NUMBERS, EMERGENCY_EXAMPLE_MESSAGE_IDS } from '../../src/content/emergency-numbers.js';
import { urgentLead } from '../../src/content/safety.js';
import { formatDays, formatSeconds, formatTimes, preloadLocale, setupLocalization, withLocale } from '../../src/localization/index.js';
import { templates as es } from '../../src/localization/generated/es.js';
import { templates as zhHans } from '../../src/localization/generated/zh-Hans.js';
import { templates as vi } from '../../src/localization/generated/vi.js';
import { templates as tl } from '../../src/localization/generated/tl.js';
import { templates as ar } from '../../src/localization/generated/ar.js';
import { templates as fr } from '../../src/localization/generated/fr.js';
import { templates as de } from '../../src/localization/generated/de.js';
import { templates as pl } from '../../src/localization/generated/pl.js';

setupLocalization({ followHtmlLang: false });

const T: Record<string, Record<string, unknown>> = { es, 'zh-Hans': zhHans, vi, tl, ar, fr, de, pl };
const text = (locale: string, id: string) => String(T[locale][id]);
const numbers = (sentence: string) => sentence.match(/\d{3}/g) ?? [];

describe('safety translations', () => {
  it('the emergency-number rule: every locale names exactly its example numbers, in its order', () => {
    expect(numbers(urgentLead(undefined))).to.deep.equal([...EMERGENCY_EXAMPLE_NUMBERS.en]);
    for (const [locale, expected] of Object.entries(EMERGENCY_EXAMPLE_NUMBERS)) {
      if (locale === 'en') continue;
      for (const id of EMERGENCY_EXAMPLE_MESSAGE_IDS) {
        expect(numbers(text(locale, id)), `${locale} ${id}`).to.deep.equal([...expected]);
      }
    }
  });

  it('"sharp" pain is sharp, not strong or severe', () => {
    for (const id of ['safety.stop-line', 'safety.advice.pain', 'article.onset.sudden.text', 'cause.sciatica.text']) {
      expect(text('es', id), `es ${id}`).not.to.contain('fuerte');
      expect(text('zh-Hans', id), `zh-Hans ${id}`).not.to.match(/剧烈|剧痛/);
      expect(text('de', id), `de ${id}`).not.to.match(/\bstarke/);
      expect(text('tl', id), `tl ${id}`).not.to.contain('matinding');
      // Blind back-translation: ar حاد alone and pl "ostry" read as acute or severe; ar واخز alone reads
      // as pins and needles (tingling). so the text says "حاد كالطعنة" (sharp, like a stab); see docs/safety-back-translation.md.
      expect(text('ar', id), `ar ${id}`).to.contain('كالطعنة').and.not.contain('واخز');
      expect(text('pl', id), `pl ${id}`).to.match(/kłując/i).and.not.match(/ostr/i);
    }
    expect(text('es', 'safety.stop-line')).to.match(/agudo|punzada/);
    expect(text('zh-Hans', 'safety.stop-line')).to.contain('刺痛');
  });

  it('"tingling" is not the word for sharp pain (zh-Hans), nor shivering or thrill (tl)', () => {
    for (const id of ['cause.herniated-disc.signs', 'stretch.head-rolls.caution.dizzy']) {
      expect(text('zh-Hans', id), `zh-Hans ${id}`).to.contain('刺麻感').and.not.contain('刺痛');
      expect(text('tl', id), `tl ${id}`).to.contain('pangingimay').and.not.contain('pangingilig');
    }
  });

  it('Tagalog tells "get help now" from "see a doctor soon"', () => {
    expect(text('tl', 'safety.urgent.title')).to.contain('agad');
    expect(text('tl', 'safety.soon.title')).not.to.contain('agad');
    expect(text('tl', 'safety.soon.title')).to.contain('sa mga susunod na araw');
  });

  it('"I have one of these" reads as one or more, in every locale that said ONE', () => {
    const oneOrMore: Record<string, RegExp> = {
      'zh-Hans': /一种或几种/,
      vi: /một hoặc nhiều/,
      tl: /isa o higit pa/,
      ar: /واحدة أو أكثر/,
      fr: /un ou plusieurs/,
      de: /^Mindestens eines/,
      pl: /co najmniej jeden/,
      es: /alguna/,
    };
    for (const [locale, words] of Object.entries(oneOrMore)) {
      expect(text(locale, 'routine.safety.some'), locale).to.match(words);
    }
  });

  it('the smaller back-translation fixes stay in', () => {
    expect(text('pl', 'routine.pain-advice.title')).to.match(/^Przerwij/);
    expect(text('pl', 'safety.disclaimer.check-first')).not.to.match(/miałeś|miałaś/);
    expect(text('pl', 'safety.soon.two-weeks')).not.to.contain('nie mija');
    expect(text('de', 'stretch.bird-dog.caution.back')).to.contain('Katzenbuckel').and.not.contain('Hohlkreuz');
    expect(text('de', 'safety.soon.lump')).to.match(/Knoten/).and.not.contain('Beule');
    expect(text('fr', 'safety.soon.lump')).to.contain('grosseur').and.not.contain('bosse');
    expect(text('fr', 'stretch.head-rolls.step.5')).to.contain('rouler');
    expect(text('ar', 'stretch.bird-dog.step.5')).to.contain('ساق').and.not.contain('رجل');
    expect(text('tl', 'safety.disclaimer.check-first')).not.to.contain('kakagaling');
    expect(text('tl', 'routine.stop.title')).not.to.contain('routine');
    // "serious" qualifies both the fall and the accident, as in the English.
    expect(text('es', 'safety.urgent.fall')).to.equal('Dolor después de una caída grave o un accidente grave');
    expect(text('fr', 'safety.urgent.fall')).to.equal('Douleur après une chute grave ou un accident grave');
    expect(text('zh-Hans', 'safety.urgent.fall').match(/严重/g)).to.have.length(2);
    expect(text('vi', 'safety.urgent.fall')).to.contain('tai nạn nghiêm trọng');
    expect(text('tl', 'safety.urgent.fall')).to.contain('malubhang aksidente');
    expect(text('ar', 'safety.urgent.fall')).to.contain('حادث خطير');
  });

  it('zh-Hans and pl keep "emergency" in the advice to call', () => {
    expect(text('zh-Hans', 'routine.stop.text')).to.contain('拨打急救电话').and.not.contain('打电话求助');
    expect(text('pl', 'routine.stop.text')).to.contain('numer alarmowy');
  });

  it('Arabic (and Vietnamese, Tagalog) say "pause" and "stop" with different words', () => {
    const stopWord = { ar: 'توقف', vi: 'Dừng', tl: 'Huminto' } as const;
    for (const [locale, word] of Object.entries(stopWord)) {
      for (const id of ['stretch.head-rolls.step.3', 'stretch.head-rolls.step.5', 'stretch.kneeling-back-extension.step.6']) {
        expect(text(locale, id), `${locale} ${id}`).not.to.contain(word);
      }
    }
    expect(text('ar', 'timer.button.pause')).to.equal('إيقاف مؤقت');
    expect(text('ar', 'safety.disclaimer.stop')).to.contain('توقف');
  });

  it('Tagalog names the bird dog in Tagalog (English kept in brackets)', () => {
    const name = text('tl', 'stretch.bird-dog.name');
    expect(name).not.to.equal('Bird dog');
    expect(name.replace('(Bird dog)', '')).to.match(/Pag-angat/);
  });

  it('Arabic dual: "two" is said once (ثانيتين, مرتين, يومين), never "2 ثانيتين"', async () => {
    await preloadLocale('ar');
    withLocale('ar', () => {
      expect(formatSeconds({ min: 2, max: 2 })).to.equal('ثانيتين');
      expect(formatTimes({ min: 2, max: 2 })).to.equal('مرتين');
      expect(formatDays(2)).to.equal('يومين');
      // A range ending in 2 is not dual ("other"): the number stays.
      expect(formatSeconds({ min: 1, max: 2 })).to.match(/[0-9٠-٩]/);
    });
  });

  it('pain thresholds read "7 out of 10 or more" and "5 out of 10 or less", not "more/less than 10" (ar, tl)', () => {
    // Blind back-translation: in Arabic and Tagalog "than" and "out of" share a word, so
    // "7 or more than 10" read as a comparison with 10.
    expect(text('ar', 'routine.severe.text')).to.contain('7 من 10 أو أكثر').and.not.contain('أكثر من 10');
    expect(text('ar', 'routine.summary.pain-monitoring')).to.contain('5 من 10 أو أقل').and.not.contain('أقل من 10');
    expect(text('tl', 'routine.severe.text')).to.contain('7 sa 10 o higit pa').and.not.contain('higit pa sa 10');
    expect(text('tl', 'routine.summary.pain-monitoring')).to.contain('5 sa 10 o mas mababa');
  });
});
