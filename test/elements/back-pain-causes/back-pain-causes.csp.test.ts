import { expect } from '@open-wc/testing';

interface CspResult {
  violations: string[];
  newRequests: string[];
  storageCalls: number;
  cookie: string;
  openCauses: number;
  summaryMinHeight: string;
  linkBackground: string;
}

function loadCspPage(): Promise<CspResult> {
  return new Promise((resolve, reject) => {
    const iframe = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error('The CSP page did not report')), 8000);
    window.addEventListener('message', function onMessage(event) {
      if (event.data?.type !== 'csp-result') return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      iframe.remove();
      resolve(event.data as CspResult);
    });
    iframe.src = '/test/fixtures/csp-causes.html';
    document.body.append(iframe);
  });
}

describe('<back-pain-causes> on a page with a strict Content-Security-Policy', () => {
  it('renders styled, works, and causes no CSP violation, request, storage or cookie', async () => {
    const result = await loadCspPage();
    expect(result.violations).to.deep.equal([]);
    expect(result.newRequests).to.deep.equal([]);
    expect(result.storageCalls).to.equal(0);
    expect(result.cookie).to.equal('');
    expect(result.openCauses).to.equal(3);
    // Styles arrived through adopted stylesheets despite `style-src 'self'`.
    expect(result.summaryMinHeight).not.to.equal('auto');
    expect(result.linkBackground).to.equal('rgb(11, 107, 107)');
  });

  it('the fixture really is served with the strict policy', async () => {
    const response = await fetch('/test/fixtures/csp-causes.html');
    expect(response.headers.get('content-security-policy')).to.equal("default-src 'self'; style-src 'self'");
  });
});
