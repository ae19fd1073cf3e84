import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      template: {
        // Tell Vue that the backcare tags are custom elements, not Vue components.
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('stretch-') || tag.startsWith('back-pain-') },
      },
    }),
  ],
  base: './',
});
