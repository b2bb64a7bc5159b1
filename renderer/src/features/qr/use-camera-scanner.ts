import { useEffect, useRef, useState } from 'react';
import type { DecodeRequest, DecodeResponse } from './decode.worker';

export type CameraState = 'starting' | 'on' | 'denied' | 'none' | 'failed';

/** Frames are scaled down to this width: a badge's QR held up to a webcam still has several pixels a module. */
const FRAME_WIDTH = 640;
/** How often a frame is looked at; a decode is skipped while the previous one is still running. */
const FRAME_INTERVAL_MS = 120;

function stateOf(error: unknown): CameraState {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'none';
  return 'failed';
}

/**
 * The webcam while the scanner is open: asks for the camera (only now, never earlier), shows it in `video`,
 * and hands every decoded QR text to `onCode`. On unmount every track is stopped, so the camera's light goes
 * off and another program (or the next scan) can have it; the decoder worker ends too.
 */
export function useCameraScanner(onCode: (text: string) => void) {
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const [state, setState] = useState<CameraState>('starting');
  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  }, [onCode]);

  useEffect(() => {
    // The <video> is rendered with the component that calls this hook, so it is there when the effect runs.
    const video = videoRef.current;
    let stopped = false;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    const worker = new Worker(new URL('./decode.worker.ts', import.meta.url), { type: 'module' });
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    let busy = false;
    let nextId = 0;

    worker.onmessage = (event: MessageEvent<DecodeResponse>) => {
      busy = false;
      if (!stopped && event.data.text) onCodeRef.current(event.data.text);
    };

    function grab() {
      if (busy || !video || !context || video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) return;
      const scale = Math.min(1, FRAME_WIDTH / (video.videoWidth || FRAME_WIDTH));
      const width = Math.max(1, Math.round(video.videoWidth * scale));
      const height = Math.max(1, Math.round(video.videoHeight * scale));
      if (canvas.width !== width) canvas.width = width;
      if (canvas.height !== height) canvas.height = height;
      context.drawImage(video, 0, 0, width, height);
      const frame = context.getImageData(0, 0, width, height);
      busy = true;
      const request: DecodeRequest = { id: nextId++, width, height, data: frame.data.buffer };
      worker.postMessage(request, [request.data]);
    }

    (async () => {
      try {
        if (!navigator.mediaDevices?.getUserMedia) throw new DOMException('no camera API', 'NotFoundError');
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'user', width: { ideal: 1280 }, height: { ideal: 720 } },
          audio: false,
        });
        if (stopped) {
          stream.getTracks().forEach((t) => t.stop());
          return;
        }
        if (video) {
          video.srcObject = stream;
          await video.play().catch(() => undefined);
        }
        setState('on');
        timer = setInterval(grab, FRAME_INTERVAL_MS);
      } catch (error) {
        if (!stopped) setState(stateOf(error));
      }
    })();

    return () => {
      stopped = true;
      if (timer) clearInterval(timer);
      stream?.getTracks().forEach((t) => t.stop());
      if (video) video.srcObject = null;
      worker.terminate();
    };
  }, []);

  return { videoRef, state };
}
