/** Registers every backcare element (a side effect), and nothing else. Safe to import more than once. */
import './back-pain-causes/define.js';
import './stretch-timer/define.js';
import './stretch-card/define.js';
import './stretch-routine/define.js';
import './back-pain-guide/define.js';
