import { defineElement } from '../../internal/define.js';
import { StretchTimer } from './stretch-timer.js';

defineElement('stretch-timer', StretchTimer);

export { StretchTimer };
