// Type fixture (checked by `npm run test:package` with tsc): the JSX typings of the built package
// in a Preact project.
import type {} from 'backcare-elements/jsx/preact';
import type { TimerPhaseEvent } from 'backcare-elements';

export const tags = (
  <>
    <stretch-card stretch="knee-to-chest" hold="15-30" heading-level="3" compact onstretch-complete={(event) => event.detail.actualMs} />
    <stretch-card stretch={{ name: 'Cat-cow', steps: ['Round your back.'] }} class="card" />
    <stretch-timer hold="20" reps={3} sides="each" ontimer-phase={(event: TimerPhaseEvent) => event.detail.phase} />
    <back-pain-causes contact-href="/contact" expanded />
    {/* @ts-expect-error: misspelt attribute */}
    <stretch-card strech="bird-dog" />
    {/* @ts-expect-error: a handler with the wrong event type */}
    <stretch-card onstretch-complete={(event: TimerPhaseEvent) => event} />
  </>
);
