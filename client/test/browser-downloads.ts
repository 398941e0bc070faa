import { onTestFinished, vi } from 'vitest';

/**
 * jsdom has no object URLs and cannot save files: records what would be handed to the browser
 * (the blobs, and the clicks on the hidden link) until the test ends.
 */
export function captureDownloads(url = 'blob:download') {
  const saved: Blob[] = [];
  const { createObjectURL, revokeObjectURL } = URL;
  URL.createObjectURL = (blob: Blob) => (saved.push(blob), url);
  URL.revokeObjectURL = () => undefined;
  const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  onTestFinished(() => {
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = revokeObjectURL;
    clicked.mockRestore();
  });
  return { saved, clicked };
}
