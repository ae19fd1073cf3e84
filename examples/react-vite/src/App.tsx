import { useState } from 'react';
// 1. The React wrappers (@lit/react): typed props and typed `on…` event props. Importing a wrapper
//    registers its element.
import { BackPainCauses, StretchCard } from 'backcare-elements/react';
// 2. Or the tags themselves, which React 19 supports natively. This registers <stretch-card> (and its
//    timer) and types the tags in JSX.
import 'backcare-elements/elements/stretch-card/define';
import type {} from 'backcare-elements/jsx/react';
import type { StretchCompleteEvent } from 'backcare-elements';

export function App() {
  const [log, setLog] = useState<string[]>([]);
  const note = (text: string) => setLog((lines) => [...lines, text]);
  const seconds = (event: StretchCompleteEvent) => Math.round(event.detail.actualMs / 1000);

  return (
    <main style={{ maxWidth: '46rem', margin: '2rem auto', padding: '0 1rem', fontFamily: 'system-ui, sans-serif' }}>
      <h1>Back pain: causes and stretches</h1>

      <BackPainCauses contactHref="/contact" contactLabel="Book an assessment" />

      <h2>With the React wrapper</h2>
      <StretchCard
        id="wrapper-card"
        stretch="knee-to-chest"
        headingLevel={3}
        onStretchComplete={(event) => note(`wrapper: ${event.detail.stretch} done in ${seconds(event)} s`)}
      />

      <h2>As a plain tag (React 19)</h2>
      <stretch-card
        id="native-card"
        stretch="bird-dog"
        heading-level="3"
        onstretch-complete={(event) => note(`tag: ${event.detail.stretch} done in ${seconds(event)} s`)}
      ></stretch-card>

      <output id="log" aria-live="polite">
        {log.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </output>
    </main>
  );
}
