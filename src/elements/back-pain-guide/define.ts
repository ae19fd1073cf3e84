import { defineElement } from '../../internal/define.js';
// The guide is made of the other elements, so defining it defines them too.
import '../back-pain-causes/define.js';
import '../stretch-card/define.js';
import '../stretch-routine/define.js';
import { BackPainGuide } from './back-pain-guide.js';

defineElement('back-pain-guide', BackPainGuide);

export { BackPainGuide };
