/**
 * A short sound for each scan, made with the Web Audio API (no sound file to ship): a high beep when a pupil is
 * marked, a low one when the code needs a look. The mentor at the door hears it without looking at the screen.
 */
let audio: AudioContext | null = null;

export function beep(kind: 'ok' | 'problem'): void {
  try {
    audio ??= new AudioContext();
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.frequency.value = kind === 'ok' ? 1046 : 220;
    gain.gain.value = 0.15;
    oscillator.connect(gain).connect(audio.destination);
    const now = audio.currentTime;
    oscillator.start(now);
    oscillator.stop(now + (kind === 'ok' ? 0.12 : 0.3));
  } catch {
    // No audio device: the flashing name on screen says the same.
  }
}
