import { defineElement } from '../../internal/define.js';
import { StretchRoutine } from './stretch-routine.js';

defineElement('stretch-routine', StretchRoutine);

export { StretchRoutine };
