import { defineElement } from '../../internal/define.js';
// The card renders a <stretch-timer>, so defining the card defines the timer too.
import '../stretch-timer/define.js';
import { StretchCard } from './stretch-card.js';

defineElement('stretch-card', StretchCard);

export { StretchCard };
