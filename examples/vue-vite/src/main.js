import { createApp } from 'vue';
// Registers every backcare element (or import only the ones you use, e.g.
// 'backcare-elements/elements/stretch-card/define').
import 'backcare-elements/define';
import App from './App.vue';

createApp(App).mount('#app');
