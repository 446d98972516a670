import type { BrowserContext, Page } from 'playwright-core';

/**
 * Which requests that tried to leave the machine the product's own code made. office.js (Microsoft's
 * code, served locally in place of its CDN) opens a telemetry frame three seconds after it loads
 * (`ULSEndpointProxy`, a timer): on a slow machine a test sees it, on a fast one it does not. Chromium says
 * who started each request (the DevTools protocol's initiator): a request whose innermost script frame is
 * office.js is office.js's; every other one (our bundles, our page, an image or a stylesheet of ours,
 * anything Chromium cannot attribute) counts as the product's. The same answer on a fast or a slow machine.
 */
export interface RequestWatch {
  /** External requests the product made (the test expects none). */
  product(): string[];
  /** Every external request seen, the product's and office.js's (all of them are aborted). */
  all(): string[];
}

export async function watchExternalRequests(
  context: BrowserContext,
  page: Page,
  isLocal: (url: string) => boolean,
  isOfficeJs: (scriptUrl: string) => boolean,
): Promise<RequestWatch> {
  const seen: string[] = [];
  const byOfficeJs = new Set<string>();
  const byOthers = new Set<string>();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (event) => {
    const url = event.request.url;
    if (isLocal(url)) return;
    const top = event.initiator.stack?.callFrames[0]?.url ?? '';
    (top && isOfficeJs(top) ? byOfficeJs : byOthers).add(url);
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    seen.push(url);
    return route.abort();
  });
  return {
    product: () => seen.filter((url) => !byOfficeJs.has(url) || byOthers.has(url)),
    all: () => [...seen],
  };
}
