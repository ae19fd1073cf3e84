import { defineElement } from '../../internal/define.js';
import { BackPainCauses } from './back-pain-causes.js';

defineElement('back-pain-causes', BackPainCauses);

export { BackPainCauses };
