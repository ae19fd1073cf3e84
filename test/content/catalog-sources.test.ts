import { expect } from '@open-wc/testing';
import { stretches } from '../../src/content/stretches.js';
import { whyMove } from '../../src/content/article.js';
import { STRETCH_IDS, type SourcedText } from '../../src/content/types.js';


/** Phrases from shared/seed/back-pain-article.txt that the catalog must keep. */
const ARTICLE = {
  support: 'will help support your back',
  headRolls: 'supports the cervical spine and trapezius',
};

describe('content catalog: sources and wording', () => {
  // The reasons for defaults are code comments beside each entry in src/content/stretches.ts.
  it('every summary and caution carries a source', () => {
    for (const id of STRETCH_IDS) {
      const entry = stretches[id];
      const sourced: Array<[string, SourcedText]> = [
        [`${id} summary`, entry.summary],
        ...entry.cautions.map((caution, index): [string, SourcedText] => [`${id} caution ${index + 1}`, caution]),
      ];
      for (const [name, text] of sourced) {
        expect(['article', 'default'], `${name} source`).to.include(text.source);
        expect(text(), `${name} still reads as text`).to.be.a('string').and.not.equal('');
      }
    }
  });

  it('knee to chest: the details the article does not give are marked as defaults', () => {
    const steps = stretches['knee-to-chest'].steps as Array<Partial<SourcedText> & (() => string)>;
    expect(steps[0]()).to.contain('both knees bent');
    expect(steps[0].source).to.equal('default');
    expect(steps[1]()).to.contain('with both hands');
    expect(steps[1].source).to.equal('default');
  });

  it('one-sided hold steps name the side', () => {
    expect(stretches['knee-to-chest'].steps[2]()).to.equal('Hold your right knee there for 15 to 30 seconds. Keep breathing.');
    expect(stretches['bird-dog'].steps[4]()).to.equal('Hold your right leg there for 5 seconds.');
    for (const id of STRETCH_IDS) {
      if (stretches[id].dose.sides !== 'each') continue;
      for (const step of stretches[id].steps) {
        if (/\b(hold|pause)\b/i.test(step())) expect(step(), `${id}: "${step()}"`).to.match(/\b(right|left)\b/);
      }
    }
  });

  it('follows the article: a daily routine "will help support your back"; head rolls "supports"', () => {
    expect(whyMove.map((line) => line()).join(' ')).to.contain(ARTICLE.support).and.not.contain('best way');
    expect(stretches['head-rolls'].summary()).to.match(/^Supports your neck/).and.not.contain('Eases');
    expect(stretches['head-rolls'].summary.source).to.equal('article');
    expect(ARTICLE.headRolls.split(' ')[0]).to.equal('supports');
  });
});
