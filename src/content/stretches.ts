import { msg } from '../localization/lit-localize.js';
import { STRETCH_IDS, sourced, type Stretch, type StretchId } from './types.js';

/*
 * `sourced()` calls are marked pure so that bundles which do not use the catalog (the causes
 * element) drop it.
 *
 * The article's four stretches, in its order. Where the article is silent (steps for head rolls,
 * holds and reps, rests, where some stretches are felt) the value is a default from
 * shared/CONTENT.md, marked `source: 'default'` with the reason beside it.
 */

const headRolls: Stretch = {
  id: 'head-rolls',
  name: () => msg('Head rolls', { id: 'stretch.head-rolls.name' }),
  // The article: "supports the cervical spine and trapezius". Only the plain-words gloss of the
  // two terms is ours.
  summary: /* @__PURE__ */ sourced(
    () =>
      msg('Supports your neck (the cervical spine) and the trapezius muscle across your upper back and shoulders.', {
        id: 'stretch.head-rolls.summary',
      }),
    'article'
  ),
  // The article gives no steps. Default: half circles, a cautious choice (CONTENT.md: sources
  // differ, some teach full circles).
  stepsSource: 'default',
  steps: [
    () => msg('Sit up tall with your feet flat on the floor.', { id: 'stretch.head-rolls.step.1' }),
    () => msg('Let your shoulders relax down, away from your ears.', { id: 'stretch.head-rolls.step.2' }),
    () =>
      msg('Slowly tip your right ear toward your right shoulder. Pause for about 5 seconds.', {
        id: 'stretch.head-rolls.step.3',
      }),
    () => msg('Slowly roll your chin down toward your chest.', { id: 'stretch.head-rolls.step.4' }),
    () =>
      msg('Keep rolling until your left ear is over your left shoulder. Pause for about 5 seconds.', {
        id: 'stretch.head-rolls.step.5',
      }),
    () =>
      msg('Roll back through the middle to your right side. That is one round.', {
        id: 'stretch.head-rolls.step.6',
      }),
  ],
  feelIt: () =>
    msg('All around your neck and into your upper back.', { id: 'stretch.head-rolls.feel' }),
  feelItSource: 'article',
  // Default (CONTENT.md): pause about 5 s at each side, 3 rounds, no rest needed between rounds.
  dose: {
    hold: { min: 5, max: 5 },
    reps: { min: 3, max: 3 },
    sides: 'each',
    rest: 0,
    source: { hold: 'default', reps: 'default', rest: 'default' },
  },
  cautions: [
    // Default: CONTENT.md head-rolls default: half circles, never tipping the head back, the cautious choice
    // where sources differ.
    /* @__PURE__ */ sourced(
      () => msg('Do not tip your head back.', { id: 'stretch.head-rolls.caution.back' }),
      'default'
    ),
    // Default: Not in the article. Neck movement can bring on dizziness or nerve symptoms in the arms;
    // stopping then follows the general rule "sharp or increasing pain means stop" (CONTENT.md).
    /* @__PURE__ */ sourced(
      () =>
        msg('Stop if you feel dizzy, or feel pain, numbness or tingling in your arms.', {
          id: 'stretch.head-rolls.caution.dizzy',
        }),
      'default'
    ),
  ],
  articleMentionsVideo: false,
};

const kneelingBackExtension: Stretch = {
  id: 'kneeling-back-extension',
  name: () => msg('Kneeling back and hip extension', { id: 'stretch.kneeling-back-extension.name' }),
  // Default: A one-line summary the article does not give; drawn from its text (felt in the lower back and
  // abdominals, neutral spine).
  summary: /* @__PURE__ */ sourced(
    () =>
      msg('Works your lower back and your stomach muscles while you keep your back straight.', {
        id: 'stretch.kneeling-back-extension.summary',
      }),
    'default'
  ),
  stepsSource: 'article',
  steps: [
    () =>
      msg('Kneel on a mat or a folded towel.', { id: 'stretch.kneeling-back-extension.step.1' }),
    () =>
      msg('Cross your arms over your chest, or reach them straight up toward the ceiling.', {
        id: 'stretch.kneeling-back-extension.step.2',
      }),
    () =>
      msg('Keep your back straight, in its natural curve.', {
        id: 'stretch.kneeling-back-extension.step.3',
      }),
    () =>
      msg('Bend at your hips: push your bottom back toward your heels as your chest leans forward.', {
        id: 'stretch.kneeling-back-extension.step.4',
      }),
    () =>
      msg('Go only as low as you can while your back stays straight.', {
        id: 'stretch.kneeling-back-extension.step.5',
      }),
    () =>
      msg('Pause there for one slow breath, about 5 seconds.', {
        id: 'stretch.kneeling-back-extension.step.6',
      }),
    () =>
      msg('Come back up to tall kneeling.', { id: 'stretch.kneeling-back-extension.step.7' }),
  ],
  feelIt: () =>
    msg('In your lower back and your stomach muscles.', { id: 'stretch.kneeling-back-extension.feel' }),
  feelItSource: 'article',
  // Default (CONTENT.md): pause about 5 s (one slow breath) at the lowest point, 8–10 reps; a
  // 3 s rest covers coming back up to kneeling.
  dose: {
    hold: { min: 5, max: 5 },
    reps: { min: 8, max: 10 },
    sides: 'none',
    rest: 3,
    source: { hold: 'default', reps: 'default', rest: 'default' },
  },
  cautions: [
    // Default: CONTENT.md kneeling-back-extension default: pad the knees; shorten the range if the knees hurt.
    /* @__PURE__ */ sourced(
      () =>
        msg('Pad your knees. If your knees hurt, make the movement smaller.', {
          id: 'stretch.kneeling-back-extension.caution.knees',
        }),
      'default'
    ),
    // The article: "Lower as far as you can until you cannot keep a neutral spine."
    /* @__PURE__ */ sourced(
      () =>
        msg('Stop going lower as soon as your back starts to round.', {
          id: 'stretch.kneeling-back-extension.caution.round',
        }),
      'article'
    ),
  ],
  articleMentionsVideo: true,
};

const kneeToChest: Stretch = {
  id: 'knee-to-chest',
  name: () => msg('Knee to chest', { id: 'stretch.knee-to-chest.name' }),
  // Default: A one-line summary the article does not give; drawn from its text ("start on your back",
  // "gently"). Where it is felt is itself a default (feelItSource).
  summary: /* @__PURE__ */ sourced(
    () =>
      msg('A gentle stretch for your lower back that you do lying down.', {
        id: 'stretch.knee-to-chest.summary',
      }),
    'default'
  ),
  // The article's steps: on your back, gently bring the right knee to the chest, hold 15–30 s,
  // lower, repeat with the left. Steps 1 and 2 add two details the article does not give; they
  // are marked as defaults with their reasons.
  stepsSource: 'article',
  steps: [
    // Default: The article says only "start on your back". Bent knees with the feet flat is the usual starting
    // position in physiotherapy handouts for this stretch: it keeps the lower back from arching and
    // matches the caution to keep the other foot on the floor.
    /* @__PURE__ */ sourced(
      () =>
        msg('Lie on your back with both knees bent and your feet flat on the floor.', {
          id: 'stretch.knee-to-chest.step.1',
        }),
      'default'
    ),
    // Default: The article: "gently bring your right knee to your chest". "With both hands" is added because
    // the knee is held there for 15 to 30 seconds, and holding it with both hands behind the thigh or
    // below the knee is how physiotherapy handouts show the hold.
    /* @__PURE__ */ sourced(
      () =>
        msg('Gently pull your right knee toward your chest with both hands.', {
          id: 'stretch.knee-to-chest.step.2',
        }),
      'default'
    ),
    () =>
      msg('Hold your right knee there for 15 to 30 seconds. Keep breathing.', { id: 'stretch.knee-to-chest.step.3' }),
    () =>
      msg('Slowly lower your right foot back to the floor.', { id: 'stretch.knee-to-chest.step.4' }),
    () =>
      msg('Do the same with your left knee.', { id: 'stretch.knee-to-chest.step.5' }),
  ],
  // The article does not say where it is felt. Default: the lower back and the back of the hip,
  // where trusted physiotherapy handouts place this stretch.
  feelIt: () =>
    msg('In your lower back and the back of your hip.', { id: 'stretch.knee-to-chest.feel' }),
  feelItSource: 'default',
  // Hold 15–30 s is the article's; the timer counts the upper bound. Reps default (CONTENT.md):
  // 2–3 rounds, each side; a 5 s rest to lower the leg and swap.
  dose: {
    hold: { min: 15, max: 30 },
    holdTarget: 30,
    reps: { min: 2, max: 3 },
    sides: 'each',
    rest: 5,
    source: { hold: 'article', reps: 'default', rest: 'default' },
  },
  cautions: [
    // Default: "Gently" is the article's word; keeping the head and the other foot down is a default that
    // keeps the neck relaxed and the pelvis steady (the start position of step 1).
    /* @__PURE__ */ sourced(
      () =>
        msg('Pull gently. Keep your head and your other foot on the floor.', {
          id: 'stretch.knee-to-chest.caution.gentle',
        }),
      'default'
    ),
  ],
  articleMentionsVideo: false,
};

const birdDog: Stretch = {
  id: 'bird-dog',
  name: () => msg('Bird dog', { id: 'stretch.bird-dog.name' }),
  // Default: A one-line summary the article does not give; drawn from its text (back straight, abs tight,
  // one leg lifted) and the muscles trusted sources say this exercise works.
  summary: /* @__PURE__ */ sourced(
    () =>
      msg('Builds strength and balance in your back and stomach muscles.', {
        id: 'stretch.bird-dog.summary',
      }),
    'default'
  ),
  stepsSource: 'article',
  steps: [
    () => msg('Get down on your hands and knees.', { id: 'stretch.bird-dog.step.1' }),
    () =>
      msg('Put your hands right under your shoulders and your knees right under your hips.', {
        id: 'stretch.bird-dog.step.2',
      }),
    () =>
      msg('Keep your back straight and tighten your stomach muscles.', {
        id: 'stretch.bird-dog.step.3',
      }),
    () =>
      msg('Lift your right leg and stretch it straight out behind you.', {
        id: 'stretch.bird-dog.step.4',
      }),
    () => msg('Hold your right leg there for 5 seconds.', { id: 'stretch.bird-dog.step.5' }),
    () =>
      msg('Lower your right knee back to the floor.', { id: 'stretch.bird-dog.step.6' }),
    () => msg('Do the same with your left leg.', { id: 'stretch.bird-dog.step.7' }),
  ],
  // The article does not say where it is felt. Default: the lower back, buttocks and stomach,
  // the muscles trusted sources say this exercise works.
  feelIt: () =>
    msg('In your lower back, your buttocks and your stomach muscles.', {
      id: 'stretch.bird-dog.feel',
    }),
  feelItSource: 'default',
  // Hold 5 s is the article's. Reps default (CONTENT.md): 5–6 each side; a 3 s rest to lower.
  dose: {
    hold: { min: 5, max: 5 },
    reps: { min: 5, max: 6 },
    sides: 'each',
    rest: 3,
    source: { hold: 'article', reps: 'default', rest: 'default' },
  },
  cautions: [
    // Default: The article says "keep your back straight"; the limit on how high to lift the leg is a default
    // that keeps that straight back while the leg moves.
    /* @__PURE__ */ sourced(
      () =>
        msg('Do not let your back sag or arch. Lift your leg only as high as your back stays straight.', {
          id: 'stretch.bird-dog.caution.back',
        }),
      'default'
    ),
  ],
  progression: () =>
    msg('To make it harder, lift your opposite arm at the same time: your left arm with your right leg.', {
      id: 'stretch.bird-dog.harder',
    }),
  articleMentionsVideo: false,
};

/** The built-in stretches, keyed by id, in the article's order. */
export const stretches: Readonly<Record<StretchId, Stretch>> = {
  'head-rolls': headRolls,
  'kneeling-back-extension': kneelingBackExtension,
  'knee-to-chest': kneeToChest,
  'bird-dog': birdDog,
};

export function isStretchId(value: unknown): value is StretchId {
  return typeof value === 'string' && (STRETCH_IDS as readonly string[]).includes(value);
}

export function getStretch(id: StretchId): Stretch {
  return stretches[id];
}
