import { msg, str } from '../../localization/lit-localize.js';
import { DOSE_LIMITS } from '../../content/dose.js';
import { formatNumber } from '../../localization/format.js';
import type { DoseField } from './builder-model.js';

/** The builder's sentences, each with a stable id (call them during an update or in inLocale()). */

export const fieldLabel = (field: DoseField): string =>
  field === 'hold'
    ? msg('Hold (seconds)', { id: 'builder.dose.hold' })
    : field === 'reps'
      ? msg('Rounds', { id: 'builder.dose.reps' })
      : msg('Rest between rounds (seconds)', { id: 'builder.dose.rest' });

/** Why a dose is refused: names the field and the safe range. */
export function fieldError(field: DoseField): string {
  const min = formatNumber(DOSE_LIMITS[field].min);
  const max = formatNumber(DOSE_LIMITS[field].max);
  switch (field) {
    case 'hold':
      return msg(str`Hold must be a whole number of seconds from ${min} to ${max}.`, { id: 'builder.error.hold' });
    case 'reps':
      return msg(str`Rounds must be a whole number from ${min} to ${max}.`, { id: 'builder.error.reps' });
    default:
      return msg(str`Rest must be a whole number of seconds from ${min} to ${max}.`, { id: 'builder.error.rest' });
  }
}

export const errorFor = (name: string, problem: string) =>
  msg(str`${name}: ${problem}`, { id: 'builder.error.for' });

export const titleError = (max: number) =>
  msg(str`The title can have at most ${formatNumber(max)} characters.`, { id: 'builder.error.title' });

export const noteError = (over: number) =>
  over === 1
    ? msg('The note is 1 character too long.', { id: 'builder.error.note-one' })
    : msg(str`The note is ${formatNumber(over)} characters too long.`, { id: 'builder.error.note' });

export const noteCount = (count: number, max: number) =>
  msg(str`${formatNumber(count)} of ${formatNumber(max)} characters`, { id: 'builder.note.count' });

export const moved = (name: string, position: number, total: number) =>
  msg(str`${name} is now number ${formatNumber(position)} of ${formatNumber(total)}.`, { id: 'builder.moved' });

export const added = (name: string, position: number) =>
  msg(str`${name} added as number ${formatNumber(position)}.`, { id: 'builder.added' });

export const removed = (name: string) => msg(str`${name} removed.`, { id: 'builder.removed' });

export const moveUpLabel = (name: string) => msg(str`Move ${name} up`, { id: 'builder.move-up.label' });
export const moveDownLabel = (name: string) => msg(str`Move ${name} down`, { id: 'builder.move-down.label' });
export const removeLabel = (name: string) => msg(str`Remove ${name}`, { id: 'builder.remove.label' });
export const dragLabel = (name: string) =>
  msg(str`Drag to move ${name}. With a keyboard, use the Up and Down buttons.`, { id: 'builder.drag.label' });

export const text = {
  title: () => msg('Prescribe a stretching program', { id: 'builder.title' }),
  intro: () =>
    msg('Choose the stretches and their doses. Your patient gets a link and a QR code. Nothing is sent anywhere: the program travels inside the link.', {
      id: 'builder.intro',
    }),
  details: () => msg('About the program', { id: 'builder.details' }),
  titleField: () => msg('Title (optional)', { id: 'builder.title-field' }),
  noteField: () => msg('Note for your patient (optional)', { id: 'builder.note-field' }),
  noteHint: () => msg('No names or health details: anyone with the link can read it.', { id: 'builder.note-hint' }),
  langField: () => msg('Language', { id: 'builder.lang-field' }),
  langPage: () => msg('The language of the patient’s page', { id: 'builder.lang-page' }),
  choose: () => msg('Stretches', { id: 'builder.choose' }),
  chooseHint: () => msg('Tick the stretches to include. Each one is added at the end.', { id: 'builder.choose-hint' }),
  clinicStretch: () => msg('your clinic’s', { id: 'builder.clinic-stretch' }),
  order: () => msg('Order and doses', { id: 'builder.order' }),
  empty: () => msg('No stretches yet. Tick at least one above.', { id: 'builder.empty' }),
  sides: () => msg('Sides', { id: 'builder.dose.sides' }),
  sidesEach: () => msg('Each side', { id: 'builder.dose.sides-each' }),
  sidesNone: () => msg('Both sides together', { id: 'builder.dose.sides-none' }),
  up: () => msg('Up', { id: 'builder.move-up' }),
  down: () => msg('Down', { id: 'builder.move-down' }),
  remove: () => msg('Remove', { id: 'builder.remove' }),
  fixFirst: () => msg('Fix the marked values to get the patient link.', { id: 'builder.fix-first' }),
  needStretch: () => msg('Add at least one stretch to get the patient link.', { id: 'builder.need-stretch' }),
  output: () => msg('The patient’s link', { id: 'builder.output' }),
  linkField: () => msg('Patient link', { id: 'builder.link-field' }),
  copyLink: () => msg('Copy link', { id: 'builder.copy-link' }),
  copiedLink: () => msg('Link copied.', { id: 'builder.copied-link' }),
  copyFailed: () => msg('Could not copy. Select the text and copy it yourself.', { id: 'builder.copy-failed' }),
  qrLabel: () => msg('QR code of the patient link', { id: 'builder.qr-label' }),
  qrTooLong: () => msg('The link is too long for a QR code. Shorten the note or the title.', { id: 'builder.qr-too-long' }),
  copyQr: () => msg('Copy QR code (SVG)', { id: 'builder.copy-qr' }),
  copiedQr: () => msg('QR code copied as SVG.', { id: 'builder.copied-qr' }),
  downloadQr: () => msg('Download QR code', { id: 'builder.download-qr' }),
  print: () => msg('Print the handout', { id: 'builder.print' }),
  preview: () => msg('Preview: what your patient sees', { id: 'builder.preview' }),
  previewEmpty: () => msg('The preview appears when the program has a stretch.', { id: 'builder.preview-empty' }),
  handoutTitle: () => msg('Your stretching program', { id: 'builder.handout.title' }),
  handoutScan: () =>
    msg('Scan the code with your phone’s camera to open your program, or type the link below.', { id: 'builder.handout.scan' }),
};
