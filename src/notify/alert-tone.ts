/**
 * The alert tone played at the start of an emergency call: three bursts of a two-tone
 * (853 + 960 Hz, the broadcast-alert pair, hard to ignore) as an 8 kHz 16-bit mono PCM WAV,
 * which Twilio's <Play> accepts. Generated, so no binary asset has to be shipped.
 */
export function alertToneWav(): Buffer {
  const rate = 8000;
  const bursts = 3;
  const burstSec = 0.5;
  const gapSec = 0.15;
  const total = Math.round(rate * bursts * (burstSec + gapSec));
  const samples = new Int16Array(total);
  const burstLen = Math.round(rate * burstSec);
  const period = Math.round(rate * (burstSec + gapSec));
  for (let i = 0; i < total; i++) {
    const pos = i % period;
    if (pos >= burstLen) continue;
    const t = i / rate;
    // 10 ms fade in/out avoids clicks at the burst edges.
    const fade = Math.min(1, pos / 80, (burstLen - pos) / 80);
    const v = 0.45 * (Math.sin(2 * Math.PI * 853 * t) + Math.sin(2 * Math.PI * 960 * t));
    samples[i] = Math.round(v * fade * 0.9 * 32767);
  }
  const data = Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}
