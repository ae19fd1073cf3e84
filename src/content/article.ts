import { msg, str } from '../localization/lit-localize.js';
import type { LocalizedText, Onset } from './types.js';

/**
 * The article's opening fact. The clinic states "over 80%"; trusted summaries give a lifetime
 * figure of roughly 58–84% ("up to 8 in 10"), so clinics may override the figure by attribute.
 */
export const defaultPrevalenceFigure: LocalizedText = () =>
  msg('More than 80%', { id: 'article.prevalence.figure', desc: 'The clinic’s default share of people who get back pain.' });

/**
 * The prevalence sentence around a figure. Figures written as a percentage read "X of people";
 * figures such as "8 in 10" read "X people".
 */
export function prevalenceSentence(figure: string): string {
  return /%\s*$/.test(figure.trim())
    ? msg(str`${figure} of people have back pain at least once in their lives.`, {
        id: 'article.prevalence.percent',
      })
    : msg(str`${figure} people have back pain at least once in their lives.`, {
        id: 'article.prevalence.count',
      });
}

export const prevalenceFollowUp: LocalizedText = () =>
  msg('Knowing the right stretches can help prevent back pain or help it heal.', {
    id: 'article.prevalence.follow-up',
  });

export const onsetIntro: LocalizedText = () =>
  msg('Back pain usually starts in one of two ways:', { id: 'article.onset.intro' });

/** The two ways back pain usually starts, in the article's order. */
export const onsets: readonly Onset[] = [
  {
    id: 'sudden-strain',
    title: () => msg('Too much, too fast', { id: 'article.onset.sudden.title' }),
    text: () =>
      msg('A sudden movement or activity causes sharp pain in your lower back.', {
        id: 'article.onset.sudden.text',
      }),
  },
  {
    id: 'inactivity',
    title: () => msg('Too little movement', { id: 'article.onset.inactivity.title' }),
    text: () =>
      msg('Muscles that are not used get stiff and cannot keep up with what you do each day.', {
        id: 'article.onset.inactivity.text',
      }),
  },
];

export const whyMoveTitle: LocalizedText = () => msg('Why moving helps', { id: 'article.why-move.title' });

export const whyMove: readonly LocalizedText[] = [
  // The article: "There are a number of benefits to exercising and stretching on a regular basis."
  // (Its "will help support your back" belongs to the daily routine, below.)
  () =>
    msg('Exercising and stretching regularly has many benefits.', {
      id: 'article.why-move.support',
    }),
  () =>
    msg('A body that keeps moving finds it easier to keep moving.', {
      id: 'article.why-move.motion',
    }),
  // The article: "implementing a daily routine focused on exercise and proper stretching will
  // help support your back" (it does not call it the best way to start).
  () =>
    msg('A daily routine of exercise and stretching will help support your back.', {
      id: 'article.why-move.daily',
    }),
];

/** The article's closing sentence, shown with or without the clinic's own link. */
export const closingText: LocalizedText = () =>
  msg('If your back pain does not go away, or you want to know what is causing it, contact one of our doctors for a check-up.', {
    id: 'article.closing',
  });

export const defaultContactLabel: LocalizedText = () =>
  msg('Contact our doctors', { id: 'article.contact.default-label' });
