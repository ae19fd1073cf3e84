import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/define.js';

interface CausesArgs {
  theme?: 'light' | 'dark' | 'auto';
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  prevalence?: string;
  expanded: boolean;
  contactHref?: string;
  contactLabel?: string;
  emergencyNumber?: string;
  /** CSS custom properties, set on the element's `style`. */
  accent?: string;
  radius?: string;
  fontSize?: string;
}

/** An empty control means "attribute absent", as on a real page. */
const attr = (value: string | number | undefined) => (value == null || value === '' ? nothing : value);

const cssProps = ({ accent, radius, fontSize }: CausesArgs) =>
  attr(
    [
      accent && `--backcare-color-accent: ${accent};`,
      radius && `--backcare-radius: ${radius};`,
      fontSize && `--backcare-font-size: ${fontSize};`,
    ]
      .filter(Boolean)
      .join(' ')
  );

/** The element with every arg bound, plus optional light-DOM children (slotted content). */
const causes = (args: CausesArgs, children: TemplateResult | typeof nothing = nothing) => html`
  <back-pain-causes
    theme=${attr(args.theme)}
    heading-level=${attr(args.headingLevel)}
    prevalence=${attr(args.prevalence)}
    ?expanded=${args.expanded}
    contact-href=${attr(args.contactHref)}
    contact-label=${attr(args.contactLabel)}
    emergency-number=${attr(args.emergencyNumber)}
    style=${cssProps(args)}
    >${children}</back-pain-causes
  >
`;

const meta: Meta<CausesArgs> = {
  title: 'Elements/back-pain-causes',
  component: 'back-pain-causes',
  render: (args) => causes(args),
  args: { expanded: false },
  argTypes: {
    theme: { control: 'select', options: ['light', 'dark', 'auto'], description: '`theme` attribute' },
    headingLevel: { control: 'select', options: [2, 3, 4, 5, 6], description: '`heading-level` attribute' },
    prevalence: { control: 'text', description: '`prevalence` attribute, e.g. "8 in 10"' },
    expanded: { control: 'boolean', description: '`expanded` attribute: open every cause' },
    contactHref: { control: 'text', description: '`contact-href`: https:, http:, mailto:, tel: or relative' },
    contactLabel: { control: 'text', description: '`contact-label`: the link text' },
    emergencyNumber: { control: 'text', description: '`emergency-number`: 2–6 digits' },
    accent: { control: 'color', table: { category: 'CSS custom properties' }, description: '--backcare-color-accent' },
    radius: { control: 'text', table: { category: 'CSS custom properties' }, description: '--backcare-radius' },
    fontSize: { control: 'text', table: { category: 'CSS custom properties' }, description: '--backcare-font-size' },
  },
};
export default meta;

type Story = StoryObj<CausesArgs>;

export const Default: Story = {};

export const Expanded: Story = { args: { expanded: true } };

export const WithContactLink: Story = {
  args: { contactHref: 'https://clinic.example/contact', contactLabel: 'Book a back-pain check' },
};

/** A clinic's own button in the `cta` slot, styled by the clinic's page (light DOM). */
export const WithSlottedCta: Story = {
  render: (args) =>
    causes(
      args,
      html`<a
        slot="cta"
        href="https://clinic.example/book"
        style="display:inline-block; padding:0.75em 1.5em; border-radius:999px;
               background:#7a2e8c; color:#fff; font-weight:700; text-decoration:none"
        >Book online with Dr. Lee</a
      >`
    ),
};

export const Dark: Story = {
  args: { theme: 'dark', contactHref: '/contact' },
  globals: { backgrounds: { value: 'dark' } },
};

export const RightToLeft: Story = {
  args: { contactHref: '/contact' },
  render: (args) => html`<div lang="ar" dir="rtl">${causes(args)}</div>`,
};

/** A calm blue clinic: accent, tighter corners, larger text. */
export const CustomTheme: Story = {
  args: { accent: '#1f5fa8', radius: '0.25em', fontSize: '18px', contactHref: '/contact' },
};

export const PhoneWidth: Story = {
  args: { contactHref: 'tel:+15551234567', contactLabel: 'Call the clinic' },
  render: (args) => html`<div style="inline-size: 360px; max-inline-size: 100%">${causes(args)}</div>`,
};

/** The host page owns the outline: under its own h3, the element starts at h4. */
export const HeadingLevel: Story = {
  args: { headingLevel: 4 },
  render: (args) => html`<h3 style="margin-block: 0 0.5em">Our back-care advice</h3>${causes(args)}`,
};

export const CustomPrevalence: Story = { args: { prevalence: '8 in 10' } };

export const EmergencyNumber: Story = { args: { emergencyNumber: '999' } };

/** Interaction: a patient opens the first cause; it opens and `cause-toggle` reports it. */
export const OpenACause: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('back-pain-causes') as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
    const toggles: Array<{ cause: string; open: boolean }> = [];
    el.addEventListener('cause-toggle', (event) => toggles.push((event as CustomEvent).detail));
    const details = el.shadowRoot!.querySelector('[part~="cause"]') as HTMLDetailsElement;
    await expect(details.open).toBe(false);
    await userEvent.click(details.querySelector('summary')!);
    await waitFor(() => expect(details.open).toBe(true));
    await waitFor(() => expect(toggles).toEqual([expect.objectContaining({ open: true })]));
  },
};
