import { msg, str } from '../localization/lit-localize.js';
import type { LocalizedText } from './types.js';

/*
 * Safety wording from shared/CONTENT.md (red-flag signs agreed by trusted clinical sources),
 * written in our own plain words. Shown before a routine starts and in <back-pain-causes>.
 */

export const urgentTitle: LocalizedText = () => msg('Get help now', { id: 'safety.urgent.title' });

/** The lead-in to the emergency signs; names the number when the clinic set one. */
export function urgentLead(emergencyNumber: string | undefined): string {
  return emergencyNumber
    ? msg(str`Call ${emergencyNumber} now if you have back pain with any of these:`, {
        id: 'safety.urgent.lead-number',
      })
    : msg('Call your local emergency number (such as 911, 999 or 112) now if you have back pain with any of these:', {
        id: 'safety.urgent.lead',
      });
}

export const urgentSigns: readonly LocalizedText[] = [
  () => msg('Numbness around your genitals or buttocks', { id: 'safety.urgent.saddle-numbness' }),
  () =>
    msg('New trouble passing urine, or losing control of your bladder or bowels', {
      id: 'safety.urgent.bladder-bowel',
    }),
  () => msg('Weakness or numbness in both legs', { id: 'safety.urgent.both-legs' }),
  () => msg('Chest pain', { id: 'safety.urgent.chest-pain' }),
  () => msg('Pain after a serious fall or accident', { id: 'safety.urgent.fall' }),
];

export const soonTitle: LocalizedText = () => msg('See a doctor soon', { id: 'safety.soon.title' });
export const soonLead: LocalizedText = () =>
  msg('Make an appointment with a doctor if you have back pain with any of these:', { id: 'safety.soon.lead' });

export const soonSigns: readonly LocalizedText[] = [
  () => msg('A fever', { id: 'safety.soon.fever' }),
  () => msg('Weight loss when you are not trying to lose weight', { id: 'safety.soon.weight-loss' }),
  () => msg('Pain at night, or pain that does not ease when you rest', { id: 'safety.soon.night-pain' }),
  () => msg('A lump, or a change in the shape of your back', { id: 'safety.soon.lump' }),
  () => msg('Pain that is not better after about two weeks', { id: 'safety.soon.two-weeks' }),
];

/**
 * The one visible line before every Start button of a stretch (CONTENT.md, "Safety wherever a
 * patient can start moving"): a card, a card inside the guide, the routine.
 */
export const stopLine: LocalizedText = () =>
  msg('Stop if your pain gets worse or feels sharp.', { id: 'safety.stop-line' });

export const disclaimerTitle: LocalizedText = () => msg('Before you start', { id: 'safety.disclaimer.title' });

export const disclaimer: readonly LocalizedText[] = [
  () =>
    msg('This is general information, not a plan made for you.', {
      id: 'safety.disclaimer.general',
    }),
  () =>
    msg('Check with your doctor or physiotherapist first if you recently had surgery or an injury, if you have osteoporosis (weak bones), or if you are pregnant.', {
      id: 'safety.disclaimer.check-first',
    }),
  () => msg('Stop if your pain gets worse.', { id: 'safety.disclaimer.stop' }),
];

/** Dosing advice that trusted sources agree on (CONTENT.md). */
export const generalAdvice: readonly LocalizedText[] = [
  () => msg('Stretch every day.', { id: 'safety.advice.daily' }),
  () => msg('Breathe normally. Never hold your breath.', { id: 'safety.advice.breathe' }),
  () => msg('Move slowly. Do not bounce.', { id: 'safety.advice.no-bounce' }),
  () =>
    msg('A mild pull is fine. Sharp pain, or pain that keeps growing, means stop.', {
      id: 'safety.advice.pain',
    }),
  () =>
    msg('Add more repetitions slowly, over several days, and keep going for a few weeks.', {
      id: 'safety.advice.build-up',
    }),
];
