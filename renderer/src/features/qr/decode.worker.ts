import jsQR from 'jsqr';

/**
 * Decodes QR codes in camera frames off the page's thread: a frame's decode takes tens of milliseconds, which
 * would stutter the list of marks if it ran beside it.
 */
export interface DecodeRequest {
  id: number;
  width: number;
  height: number;
  /** RGBA bytes of the frame (transferred, not copied). */
  data: ArrayBuffer;
}

export interface DecodeResponse {
  id: number;
  text: string | null;
}

self.onmessage = (event: MessageEvent<DecodeRequest>) => {
  const { id, width, height, data } = event.data;
  const found = jsQR(new Uint8ClampedArray(data), width, height, { inversionAttempts: 'dontInvert' });
  const response: DecodeResponse = { id, text: found?.data || null };
  self.postMessage(response);
};
