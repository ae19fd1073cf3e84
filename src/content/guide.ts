import { msg } from '../localization/lit-localize.js';
import type { LocalizedText } from './types.js';

/** The article's title and its framing sentences, for <back-pain-guide>. */
export const guideTitle: LocalizedText = () => msg('The best stretches for back pain', { id: 'guide.title' });
export const guideIntro: LocalizedText = () =>
  msg('Most people have back pain at some point. Here is what usually causes it, the signs to watch for, and stretches that can help.', {
    id: 'guide.intro',
  });
export const stretchesTitle: LocalizedText = () => msg('Stretches for your back', { id: 'guide.stretches.title' });
export const stretchesIntro: LocalizedText = () =>
  msg('Do each stretch slowly. Press Start on a stretch and its timer counts you through it.', {
    id: 'guide.stretches.intro',
  });
export const routineTitle: LocalizedText = () => msg('Do the whole routine', { id: 'guide.routine.title' });
export const routineIntro: LocalizedText = () =>
  msg('Let the routine guide you through every stretch, with rests in between. Put your phone on the floor where you can see it.', {
    id: 'guide.routine.intro',
  });
export const contactTitle: LocalizedText = () => msg('Still in pain?', { id: 'guide.contact.title' });
