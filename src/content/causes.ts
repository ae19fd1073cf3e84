import { msg } from '../localization/lit-localize.js';
import type { Cause, LocalizedText } from './types.js';

export const causesTitle: LocalizedText = () => msg('What causes back pain?', { id: 'causes.title' });
export const causesIntro: LocalizedText = () =>
  msg('Here are some common reasons for back pain.', { id: 'causes.intro' });

/** The article's three common causes, in its order. */
export const causes: readonly Cause[] = [
  {
    id: 'strains-sprains',
    name: () => msg('Strains and sprains', { id: 'cause.strains-sprains.name' }),
    explanation: [
      () =>
        msg('You can strain a muscle or sprain a ligament in your back by stretching too far, lifting something the wrong way, or twisting.', {
          id: 'cause.strains-sprains.text',
        }),
    ],
  },
  {
    id: 'herniated-disc',
    name: () => msg('Herniated or ruptured discs', { id: 'cause.herniated-disc.name' }),
    explanation: [
      () =>
        msg('Discs are soft cushions between the bones of your spine. In a herniated disc, the soft centre pushes out against the tough outer ring (the annulus).', {
          id: 'cause.herniated-disc.text',
        }),
      () =>
        msg('This presses on sensitive spinal nerves.', {
          id: 'cause.herniated-disc.nerves',
        }),
    ],
    signs: () =>
      msg('It can cause back pain, numbness, tingling or weakness.', {
        id: 'cause.herniated-disc.signs',
      }),
  },
  {
    id: 'sciatica',
    name: () => msg('Sciatica', { id: 'cause.sciatica.name' }),
    explanation: [
      () =>
        msg('Sharp pain in the lower back that runs down through your buttocks and legs. It happens when something presses on the sciatic nerve.', {
          id: 'cause.sciatica.text',
        }),
      () =>
        msg('It often follows a herniated or ruptured disc.', {
          id: 'cause.sciatica.after-disc',
        }),
    ],
  },
];
