import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/internal/url.js';

describe('safeUrl', () => {
  it('keeps https, http, mailto, tel and relative URLs', () => {
    for (const url of [
      'https://clinic.example/contact',
      'http://clinic.example',
      'mailto:desk@clinic.example',
      'tel:+15551234567',
      '/contact',
      '#book',
      'contact.html',
      '?ref=widget',
      '//clinic.example/x',
    ]) {
      expect(safeUrl(url), url).to.equal(url);
    }
  });

  it('refuses javascript:, data:, vbscript: and disguised schemes', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'file:///etc/passwd',
    ]) {
      expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
    }
  });

  it('treats empty and missing values as no URL', () => {
    expect(safeUrl('')).to.equal(undefined);
    expect(safeUrl('   ')).to.equal(undefined);
    expect(safeUrl(null)).to.equal(undefined);
    expect(safeUrl(undefined)).to.equal(undefined);
  });
});
