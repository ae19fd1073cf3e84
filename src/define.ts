/** Registers every backcare element (a side effect). Safe to import more than once. */
import './elements/back-pain-causes/define.js';
import './elements/stretch-timer/define.js';
import './elements/stretch-card/define.js';
import './elements/stretch-routine/define.js';
import './elements/back-pain-guide/define.js';

export * from './index.js';
