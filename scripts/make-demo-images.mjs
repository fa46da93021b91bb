#!/usr/bin/env node
// Renders the demo illustrations used by db/seed-data.ts: abstract editorial story images
// (1600×900) and author avatars (400×400). Everything is drawn as SVG and rasterised with sharp.
// Deterministic: any "randomness" comes from a seeded PRNG, so re-running gives identical files.
// No text is drawn (the build environment has no fonts).
//
// Usage: node scripts/make-demo-images.mjs
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const storiesDir = path.join(root, 'public', 'images', 'stories');
const authorsDir = path.join(root, 'public', 'images', 'authors');

const W = 1600;
const H = 900;

/** Small deterministic PRNG (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const f = (n) => Number(n.toFixed(1));

function svg(w, h, defs, body) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
<defs>${defs}</defs>
${body}
</svg>`;
}

function linear(id, stops, x2 = 0, y2 = 1) {
  const s = stops.map(([o, c, op = 1]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${op}"/>`).join('');
  return `<linearGradient id="${id}" x1="0" y1="0" x2="${x2}" y2="${y2}">${s}</linearGradient>`;
}

function radial(id, stops, cx = 0.5, cy = 0.5, r = 0.5) {
  const s = stops.map(([o, c, op = 1]) => `<stop offset="${o}" stop-color="${c}" stop-opacity="${op}"/>`).join('');
  return `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}">${s}</radialGradient>`;
}

// ---------------------------------------------------------------------------------------------
// Story illustrations
// ---------------------------------------------------------------------------------------------

/** A lattice oil derrick silhouette standing on the ground line at (x, groundY). */
function derrick(x, groundY, height, color) {
  const half = height * 0.22;
  const topHalf = height * 0.05;
  const top = groundY - height;
  const parts = [];
  parts.push(
    `<path d="M${f(x - half)} ${groundY} L${f(x - topHalf)} ${f(top)} L${f(x + topHalf)} ${f(top)} L${f(x + half)} ${groundY}" fill="none" stroke="${color}" stroke-width="${f(height * 0.025)}" stroke-linejoin="round"/>`,
  );
  const rungs = 7;
  let prev = null;
  for (let i = 0; i <= rungs; i++) {
    const t = i / rungs;
    const y = groundY - height * t;
    const hw = half + (topHalf - half) * t;
    parts.push(`<line x1="${f(x - hw)}" y1="${f(y)}" x2="${f(x + hw)}" y2="${f(y)}" stroke="${color}" stroke-width="${f(height * 0.012)}"/>`);
    if (prev) {
      parts.push(
        `<line x1="${f(x - prev.hw)}" y1="${f(prev.y)}" x2="${f(x + hw)}" y2="${f(y)}" stroke="${color}" stroke-width="${f(height * 0.008)}"/>`,
        `<line x1="${f(x + prev.hw)}" y1="${f(prev.y)}" x2="${f(x - hw)}" y2="${f(y)}" stroke="${color}" stroke-width="${f(height * 0.008)}"/>`,
      );
    }
    prev = { y, hw };
  }
  parts.push(`<rect x="${f(x - topHalf * 1.8)}" y="${f(top - height * 0.04)}" width="${f(topHalf * 3.6)}" height="${f(height * 0.04)}" fill="${color}"/>`);
  return parts.join('\n');
}

/** A pumpjack ("nodding donkey") silhouette. */
function pumpjack(x, groundY, s, color) {
  return `<g fill="${color}" stroke="${color}" stroke-linecap="round">
<rect x="${f(x - 90 * s)}" y="${f(groundY - 14 * s)}" width="${f(200 * s)}" height="${f(14 * s)}"/>
<path d="M${f(x - 30 * s)} ${groundY} L${f(x)} ${f(groundY - 120 * s)} L${f(x + 30 * s)} ${groundY} Z" fill="none" stroke-width="${f(9 * s)}"/>
<path d="M${f(x - 130 * s)} ${f(groundY - 150 * s)} L${f(x + 120 * s)} ${f(groundY - 105 * s)}" stroke-width="${f(16 * s)}"/>
<path d="M${f(x - 150 * s)} ${f(groundY - 185 * s)} q${f(-22 * s)} ${f(40 * s)} ${f(8 * s)} ${f(80 * s)} l${f(18 * s)} ${f(-8 * s)} q${f(-20 * s)} ${f(-30 * s)} ${f(-6 * s)} ${f(-66 * s)} Z" stroke-width="${f(4 * s)}"/>
<line x1="${f(x - 140 * s)}" y1="${f(groundY - 110 * s)}" x2="${f(x - 140 * s)}" y2="${groundY}" stroke-width="${f(4 * s)}"/>
<circle cx="${f(x + 95 * s)}" cy="${f(groundY - 60 * s)}" r="${f(34 * s)}"/>
<line x1="${f(x + 95 * s)}" y1="${f(groundY - 60 * s)}" x2="${f(x + 110 * s)}" y2="${f(groundY - 108 * s)}" stroke-width="${f(8 * s)}"/>
</g>`;
}

function oilDerricks() {
  const defs =
    linear('sky', [[0, '#1b1f3a'], [0.45, '#6b2f4a'], [0.75, '#d9713a'], [1, '#f4b35e']]) +
    radial('sun', [[0, '#ffe3a3', 0.95], [0.4, '#ffc46b', 0.55], [1, '#ffb347', 0]], 0.5, 0.5, 0.5);
  const ground = 760;
  const body = `
<rect width="${W}" height="${H}" fill="url(#sky)"/>
<circle cx="1060" cy="640" r="360" fill="url(#sun)"/>
<circle cx="1060" cy="650" r="120" fill="#ffd58a" opacity="0.85"/>
<path d="M0 ${ground - 40} C300 ${ground - 80} 520 ${ground - 20} 800 ${ground - 50} S1300 ${ground - 90} 1600 ${ground - 45} L1600 ${H} L0 ${H} Z" fill="#3b1e33" opacity="0.55"/>
${derrick(1290, ground - 30, 230, '#2a1527')}
${derrick(1450, ground - 40, 150, '#2a1527')}
<rect y="${ground}" width="${W}" height="${H - ground}" fill="#170c18"/>
${derrick(330, ground + 2, 470, '#120812')}
${derrick(760, ground + 2, 330, '#120812')}
${pumpjack(1080, ground + 2, 1.25, '#120812')}
${pumpjack(1420, ground + 2, 0.8, '#120812')}
<rect y="${ground}" width="${W}" height="4" fill="#f4b35e" opacity="0.25"/>`;
  return svg(W, H, defs, body);
}

function barrel(x, y, w, h, fill, band) {
  const rx = w / 2;
  const ry = w * 0.12;
  return `<g>
<path d="M${f(x)} ${f(y + ry)} L${f(x)} ${f(y + h - ry)} A${f(rx)} ${f(ry)} 0 0 0 ${f(x + w)} ${f(y + h - ry)} L${f(x + w)} ${f(y + ry)} Z" fill="${fill}"/>
<ellipse cx="${f(x + rx)}" cy="${f(y + ry)}" rx="${f(rx)}" ry="${f(ry)}" fill="${band}"/>
<ellipse cx="${f(x + rx)}" cy="${f(y + ry)}" rx="${f(rx * 0.8)}" ry="${f(ry * 0.7)}" fill="${fill}" opacity="0.7"/>
<path d="M${f(x)} ${f(y + h * 0.33)} A${f(rx)} ${f(ry)} 0 0 0 ${f(x + w)} ${f(y + h * 0.33)}" fill="none" stroke="${band}" stroke-width="${f(w * 0.04)}"/>
<path d="M${f(x)} ${f(y + h * 0.66)} A${f(rx)} ${f(ry)} 0 0 0 ${f(x + w)} ${f(y + h * 0.66)}" fill="none" stroke="${band}" stroke-width="${f(w * 0.04)}"/>
<rect x="${f(x + w * 0.12)}" y="${f(y + ry * 1.6)}" width="${f(w * 0.08)}" height="${f(h - ry * 3)}" fill="#ffffff" opacity="0.12"/>
</g>`;
}

function oilBarrels() {
  const defs = linear('bg', [[0, '#0f2a2e'], [1, '#0a1416']]) + radial('glow', [[0, '#2fb5a8', 0.45], [1, '#2fb5a8', 0]], 0.5, 0.5, 0.5);
  const palette = [
    ['#c0392b', '#7d2118'],
    ['#1f6f8b', '#133f50'],
    ['#d98e04', '#8a5a02'],
    ['#2d3436', '#151a1b'],
  ];
  const parts = [];
  const bw = 170;
  const bh = 250;
  const rows = [
    { y: 560, n: 8, off: 40 },
    { y: 330, n: 7, off: 125 },
    { y: 100, n: 5, off: 295 },
  ];
  const r = rng(7);
  for (const row of rows) {
    for (let i = 0; i < row.n; i++) {
      const [fill, band] = palette[Math.floor(r() * palette.length)];
      parts.push(barrel(row.off + i * 190, row.y, bw, bh, fill, band));
    }
  }
  const body = `
<rect width="${W}" height="${H}" fill="url(#bg)"/>
<circle cx="1250" cy="220" r="420" fill="url(#glow)"/>
${parts.join('\n')}
<rect y="810" width="${W}" height="90" fill="#071012" opacity="0.85"/>`;
  return svg(W, H, defs, body);
}

function globe() {
  const cx = 800;
  const cy = 470;
  const R = 340;
  const defs =
    linear('bg', [[0, '#071a33'], [1, '#0c2f4f']]) +
    radial('sphere', [[0, '#2f7fb8'], [0.7, '#174b78'], [1, '#0b2a48']], 0.38, 0.35, 0.75) +
    radial('halo', [[0.6, '#4fb3ff', 0.0], [0.8, '#4fb3ff', 0.25], [1, '#4fb3ff', 0]], 0.5, 0.5, 0.5) +
    `<clipPath id="clip"><circle cx="${cx}" cy="${cy}" r="${R}"/></clipPath>`;
  const lines = [];
  // meridians: ellipses of varying width
  for (let i = 1; i < 8; i++) {
    const rx = Math.abs(Math.cos((i * Math.PI) / 8)) * R;
    lines.push(`<ellipse cx="${cx}" cy="${cy}" rx="${f(rx)}" ry="${R}" fill="none" stroke="#9fd6ff" stroke-opacity="0.45" stroke-width="2"/>`);
  }
  lines.push(`<line x1="${cx}" y1="${cy - R}" x2="${cx}" y2="${cy + R}" stroke="#9fd6ff" stroke-opacity="0.45" stroke-width="2"/>`);
  // parallels
  for (let i = -3; i <= 3; i++) {
    const lat = (i * Math.PI) / 8;
    const y = cy - Math.sin(lat) * R;
    const rx = Math.cos(lat) * R;
    lines.push(`<ellipse cx="${cx}" cy="${f(y)}" rx="${f(rx)}" ry="${f(rx * 0.12)}" fill="none" stroke="#9fd6ff" stroke-opacity="${i === 0 ? 0.7 : 0.35}" stroke-width="${i === 0 ? 3 : 2}"/>`);
  }
  // abstract continents as soft blobs
  const land = `<g clip-path="url(#clip)" fill="#58b07a" opacity="0.55">
<path d="M560 260 C620 210 720 220 760 270 C800 320 740 360 700 380 C660 400 690 460 640 480 C590 500 540 440 540 390 C540 340 520 300 560 260 Z"/>
<path d="M700 520 C760 500 820 530 830 590 C840 650 800 720 760 760 C730 720 720 680 700 650 C680 610 660 540 700 520 Z"/>
<path d="M880 240 C960 200 1080 230 1110 300 C1140 360 1080 380 1040 400 C990 420 960 380 920 390 C880 400 850 300 880 240 Z"/>
<path d="M930 440 C990 430 1040 470 1030 540 C1020 600 970 640 940 600 C910 560 890 460 930 440 Z"/>
</g>`;
  const r = rng(11);
  const stars = [];
  for (let i = 0; i < 90; i++) {
    const x = r() * W;
    const y = r() * H;
    const d = Math.hypot(x - cx, y - cy);
    if (d < R + 60) continue;
    stars.push(`<circle cx="${f(x)}" cy="${f(y)}" r="${f(0.8 + r() * 1.8)}" fill="#dbeeff" opacity="${f(0.25 + r() * 0.5)}"/>`);
  }
  // orbit arcs connecting points
  const arcs = `<g fill="none" stroke="#ffcf6e" stroke-width="3" stroke-linecap="round" opacity="0.85">
<path d="M600 330 Q760 120 1000 300" stroke-dasharray="10 10"/>
<path d="M760 620 Q900 420 1060 330" stroke-dasharray="10 10"/>
</g>
<g fill="#ffcf6e"><circle cx="600" cy="330" r="9"/><circle cx="1000" cy="300" r="9"/><circle cx="760" cy="620" r="9"/><circle cx="1060" cy="330" r="7"/></g>`;
  const body = `
<rect width="${W}" height="${H}" fill="url(#bg)"/>
${stars.join('\n')}
<circle cx="${cx}" cy="${cy}" r="${R + 70}" fill="url(#halo)"/>
<circle cx="${cx}" cy="${cy}" r="${R}" fill="url(#sphere)"/>
${land}
${lines.join('\n')}
${arcs}`;
  return svg(W, H, defs, body);
}

function networkMap() {
  // flat "world map" grid of dots with connecting routes (trade / diplomacy)
  const defs = linear('bg', [[0, '#f3efe6'], [1, '#e3dccb']], 1, 1);
  const r = rng(23);
  const dots = [];
  const blobs = [
    [420, 330, 260, 170],
    [520, 640, 120, 170],
    [900, 300, 230, 150],
    [960, 560, 130, 150],
    [1230, 380, 250, 190],
    [1330, 700, 110, 70],
  ];
  for (let y = 80; y < 860; y += 22) {
    for (let x = 80; x < 1540; x += 22) {
      const inside = blobs.some(([bx, by, rx, ry]) => ((x - bx) / rx) ** 2 + ((y - by) / ry) ** 2 < 1 + (r() - 0.5) * 0.25);
      if (inside) dots.push(`<circle cx="${x}" cy="${y}" r="6" fill="#8d8672"/>`);
    }
  }
  const hubs = [
    [430, 320],
    [520, 640],
    [900, 290],
    [1240, 380],
    [980, 560],
    [1330, 700],
  ];
  const routes = [
    [0, 2],
    [1, 2],
    [2, 3],
    [1, 4],
    [4, 3],
    [3, 5],
    [0, 1],
  ];
  const paths = routes
    .map(([a, b]) => {
      const [x1, y1] = hubs[a];
      const [x2, y2] = hubs[b];
      const mx = (x1 + x2) / 2;
      const my = Math.min(y1, y2) - 120;
      return `<path d="M${x1} ${y1} Q${mx} ${my} ${x2} ${y2}" fill="none" stroke="#c2402d" stroke-width="4" stroke-linecap="round" opacity="0.85"/>`;
    })
    .join('\n');
  const hubDots = hubs
    .map(([x, y]) => `<circle cx="${x}" cy="${y}" r="22" fill="#c2402d" opacity="0.2"/><circle cx="${x}" cy="${y}" r="10" fill="#c2402d"/>`)
    .join('\n');
  const body = `
<rect width="${W}" height="${H}" fill="url(#bg)"/>
${dots.join('\n')}
${paths}
${hubDots}`;
  return svg(W, H, defs, body);
}

function capitol() {
  const defs =
    linear('sky', [[0, '#dfe7f1'], [0.6, '#b8c7dc'], [1, '#8ea3c2']]) +
    linear('bld', [[0, '#2b3a55'], [1, '#1b2538']]);
  const cx = 800;
  const base = 820;
  const cols = [];
  for (let i = 0; i < 12; i++) {
    const x = 520 + i * 50;
    cols.push(`<rect x="${x}" y="${base - 230}" width="22" height="190" fill="url(#bld)"/>`);
  }
  const drumCols = [];
  for (let i = 0; i < 11; i++) {
    const x = 655 + i * 28;
    drumCols.push(`<rect x="${x}" y="390" width="12" height="90" fill="#3c4e6e"/>`);
  }
  const body = `
<rect width="${W}" height="${H}" fill="url(#sky)"/>
<circle cx="1280" cy="190" r="90" fill="#ffffff" opacity="0.55"/>
<g fill="#9fb0c9" opacity="0.7">
  <rect x="80" y="600" width="140" height="220"/><rect x="240" y="540" width="110" height="280"/>
  <rect x="1260" y="560" width="120" height="260"/><rect x="1400" y="620" width="140" height="200"/>
</g>
<g fill="url(#bld)">
  <rect x="360" y="${base - 40}" width="880" height="40"/>
  <rect x="300" y="${base}" width="1000" height="${H - base}"/>
  <rect x="380" y="${base - 250}" width="120" height="210"/>
  <rect x="1100" y="${base - 250}" width="120" height="210"/>
  <rect x="500" y="${base - 260}" width="600" height="30"/>
  <path d="M500 ${base - 260} L${cx} ${base - 330} L1100 ${base - 260} Z"/>
  <rect x="640" y="480" width="320" height="40"/>
  <rect x="650" y="380" width="300" height="14"/>
  <path d="M660 380 C660 230 940 230 940 380 Z"/>
  <rect x="${cx - 22}" y="205" width="44" height="70"/>
  <path d="M${cx - 30} 210 C${cx - 30} 180 ${cx + 30} 180 ${cx + 30} 210 Z"/>
  <rect x="${cx - 4}" y="150" width="8" height="40"/>
  <circle cx="${cx}" cy="148" r="8"/>
</g>
${cols.join('\n')}
${drumCols.join('\n')}
<path d="M700 300 C740 265 800 255 850 262" fill="none" stroke="#ffffff" stroke-opacity="0.25" stroke-width="10" stroke-linecap="round"/>
<g fill="#2b3a55">${Array.from({ length: 6 }, (_, i) => `<rect x="${360 - i * 10}" y="${base + i * 14}" width="${880 + i * 20}" height="8" opacity="0.6"/>`).join('')}</g>`;
  return svg(W, H, defs, body);
}

function ballot() {
  const defs = linear('bg', [[0, '#1d2b64'], [1, '#3a1c71']], 1, 1) + linear('box', [[0, '#f4f4f4'], [1, '#cfd4dc']]);
  const r = rng(5);
  const confetti = [];
  const colors = ['#ffffff', '#f5c542', '#e84a5f', '#6fc3df'];
  for (let i = 0; i < 70; i++) {
    const x = r() * W;
    const y = r() * H;
    const s = 6 + r() * 14;
    confetti.push(`<rect x="${f(x)}" y="${f(y)}" width="${f(s)}" height="${f(s * 0.5)}" fill="${colors[i % colors.length]}" opacity="${f(0.25 + r() * 0.45)}" transform="rotate(${f(r() * 180)} ${f(x)} ${f(y)})"/>`);
  }
  const body = `
<rect width="${W}" height="${H}" fill="url(#bg)"/>
${confetti.join('\n')}
<g transform="translate(800 520)">
  <path d="M-300 -60 L300 -60 L260 300 L-260 300 Z" fill="url(#box)"/>
  <path d="M-330 -120 L330 -120 L300 -60 L-300 -60 Z" fill="#e6e9ee"/>
  <rect x="-150" y="-100" width="300" height="22" rx="11" fill="#1a1f2e"/>
  <g transform="rotate(-8)">
    <rect x="-105" y="-380" width="210" height="290" rx="6" fill="#ffffff"/>
    <rect x="-75" y="-340" width="30" height="30" rx="4" fill="none" stroke="#1d2b64" stroke-width="5"/>
    <rect x="-30" y="-332" width="110" height="14" rx="7" fill="#cfd4dc"/>
    <rect x="-75" y="-285" width="30" height="30" rx="4" fill="none" stroke="#1d2b64" stroke-width="5"/>
    <path d="M-70 -272 L-60 -260 L-40 -292" fill="none" stroke="#e84a5f" stroke-width="7" stroke-linecap="round" stroke-linejoin="round"/>
    <rect x="-30" y="-277" width="110" height="14" rx="7" fill="#cfd4dc"/>
    <rect x="-75" y="-230" width="30" height="30" rx="4" fill="none" stroke="#1d2b64" stroke-width="5"/>
    <rect x="-30" y="-222" width="110" height="14" rx="7" fill="#cfd4dc"/>
  </g>
</g>`;
  return svg(W, H, defs, body);
}

function barChart() {
  const defs = linear('bg', [[0, '#0e1a2b'], [1, '#13263d']]) + linear('bar', [[0, '#3ddc97'], [1, '#1e8a5f']]) + linear('bar2', [[0, '#f26d6d'], [1, '#a63232']]);
  const r = rng(42);
  const grid = [];
  for (let y = 150; y <= 800; y += 65) grid.push(`<line x1="120" y1="${y}" x2="1480" y2="${y}" stroke="#ffffff" stroke-opacity="0.08" stroke-width="2"/>`);
  const bars = [];
  const pts = [];
  let v = 300;
  const n = 18;
  for (let i = 0; i < n; i++) {
    v = Math.max(120, Math.min(600, v + (r() - 0.42) * 130));
    const x = 150 + i * 74;
    const down = i > 0 && r() < 0.3;
    bars.push(`<rect x="${x}" y="${f(800 - v)}" width="50" height="${f(v)}" rx="4" fill="url(#${down ? 'bar2' : 'bar'})" opacity="0.9"/>`);
    pts.push([x + 25, 800 - v - 40]);
  }
  const line = pts.map(([x, y], i) => `${i ? 'L' : 'M'}${f(x)} ${f(y)}`).join(' ');
  const body = `
<rect width="${W}" height="${H}" fill="url(#bg)"/>
${grid.join('\n')}
${bars.join('\n')}
<path d="${line}" fill="none" stroke="#ffd166" stroke-width="6" stroke-linejoin="round" stroke-linecap="round"/>
${pts.map(([x, y]) => `<circle cx="${f(x)}" cy="${f(y)}" r="8" fill="#ffd166"/>`).join('\n')}
<line x1="120" y1="800" x2="1480" y2="800" stroke="#ffffff" stroke-opacity="0.4" stroke-width="3"/>`;
  return svg(W, H, defs, body);
}

function lineChart() {
  // Inflation / central banks: a descending-then-flattening curve over a soft grid with a target band.
  const defs =
    linear('bg', [[0, '#fbf7ef'], [1, '#efe6d3']]) +
    linear('area', [[0, '#1f4e79', 0.35], [1, '#1f4e79', 0]]);
  const grid = [];
  for (let x = 100; x <= 1500; x += 100) grid.push(`<line x1="${x}" y1="100" x2="${x}" y2="800" stroke="#1f4e79" stroke-opacity="0.08" stroke-width="2"/>`);
  for (let y = 100; y <= 800; y += 100) grid.push(`<line x1="100" y1="${y}" x2="1500" y2="${y}" stroke="#1f4e79" stroke-opacity="0.08" stroke-width="2"/>`);
  const pts = [];
  for (let i = 0; i <= 70; i++) {
    const t = i / 70;
    const x = 100 + t * 1400;
    const base = 640 - 440 * Math.exp(-(((t - 0.32) / 0.16) ** 2));
    const wiggle = Math.sin(t * 31) * 12 + Math.sin(t * 13) * 8;
    pts.push([x, base + wiggle]);
  }
  const d = pts.map(([x, y], i) => `${i ? 'L' : 'M'}${f(x)} ${f(y)}`).join(' ');
  const body = `
<rect width="${W}" height="${H}" fill="url(#bg)"/>
<rect x="100" y="590" width="1400" height="70" fill="#3a9d5d" opacity="0.15"/>
<line x1="100" y1="625" x2="1500" y2="625" stroke="#3a9d5d" stroke-width="3" stroke-dasharray="14 10" opacity="0.7"/>
${grid.join('\n')}
<path d="${d} L1500 800 L100 800 Z" fill="url(#area)"/>
<path d="${d}" fill="none" stroke="#1f4e79" stroke-width="7" stroke-linejoin="round" stroke-linecap="round"/>
<circle cx="${f(pts[70][0])}" cy="${f(pts[70][1])}" r="14" fill="#c2402d"/>
<circle cx="${f(pts[70][0])}" cy="${f(pts[70][1])}" r="28" fill="#c2402d" opacity="0.2"/>
<line x1="100" y1="800" x2="1500" y2="800" stroke="#1f4e79" stroke-width="4"/>`;
  return svg(W, H, defs, body);
}

function circuit() {
  const defs = linear('bg', [[0, '#06121f'], [1, '#0b2236']], 1, 1) + radial('glow', [[0, '#00e0ff', 0.35], [1, '#00e0ff', 0]]);
  const r = rng(99);
  const traces = [];
  const step = 50;
  for (let i = 0; i < 70; i++) {
    let x = Math.round((r() * W) / step) * step;
    let y = Math.round((r() * H) / step) * step;
    let d = `M${x} ${y}`;
    const segs = 2 + Math.floor(r() * 4);
    for (let s = 0; s < segs; s++) {
      const len = step * (1 + Math.floor(r() * 4));
      const dir = Math.floor(r() * 4);
      if (dir === 0) x += len;
      else if (dir === 1) x -= len;
      else if (dir === 2) y += len;
      else y -= len;
      // 45° jog
      if (r() < 0.4) {
        x += step;
        y += dir < 2 ? step : 0;
      }
      d += ` L${x} ${y}`;
    }
    const bright = r() < 0.25;
    traces.push(`<path d="${d}" fill="none" stroke="${bright ? '#2ee6ff' : '#1f7ea8'}" stroke-width="${bright ? 4 : 3}" stroke-linejoin="round" opacity="${bright ? 0.95 : 0.55}"/>`);
    traces.push(`<circle cx="${x}" cy="${y}" r="${bright ? 9 : 7}" fill="none" stroke="${bright ? '#2ee6ff' : '#1f7ea8'}" stroke-width="3" opacity="${bright ? 1 : 0.6}"/>`);
  }
  const chip = `<g transform="translate(800 450)">
<circle r="330" fill="url(#glow)"/>
${Array.from({ length: 8 }, (_, i) => {
  const o = -140 + i * 40;
  return `<rect x="${o - 6}" y="-200" width="12" height="40" fill="#8fe9ff"/><rect x="${o - 6}" y="160" width="12" height="40" fill="#8fe9ff"/><rect x="-200" y="${o - 6}" width="40" height="12" fill="#8fe9ff"/><rect x="160" y="${o - 6}" width="40" height="12" fill="#8fe9ff"/>`;
}).join('')}
<rect x="-165" y="-165" width="330" height="330" rx="22" fill="#0d2a40" stroke="#2ee6ff" stroke-width="5"/>
<rect x="-95" y="-95" width="190" height="190" rx="10" fill="#123a57" stroke="#2ee6ff" stroke-opacity="0.6" stroke-width="3"/>
<path d="M-60 -20 L-20 -60 L20 -60 L60 -20 L60 20 L20 60 L-20 60 L-60 20 Z" fill="none" stroke="#8fe9ff" stroke-width="4" opacity="0.8"/>
<circle r="18" fill="#2ee6ff"/>
</g>`;
  const body = `
<rect width="${W}" height="${H}" fill="url(#bg)"/>
${traces.join('\n')}
${chip}`;
  return svg(W, H, defs, body);
}

function neuralNet() {
  // Artificial intelligence: layered node graph.
  const defs = linear('bg', [[0, '#1a0b2e'], [1, '#2d1457']], 1, 1);
  const layers = [4, 7, 9, 7, 3];
  const nodes = layers.map((n, li) => {
    const x = 260 + li * 270;
    return Array.from({ length: n }, (_, i) => [x, 450 + (i - (n - 1) / 2) * 88]);
  });
  const r = rng(314);
  const edges = [];
  for (let li = 0; li < nodes.length - 1; li++) {
    for (const [x1, y1] of nodes[li]) {
      for (const [x2, y2] of nodes[li + 1]) {
        const w = r();
        if (w < 0.35) continue;
        edges.push(`<line x1="${x1}" y1="${f(y1)}" x2="${x2}" y2="${f(y2)}" stroke="${w > 0.85 ? '#ff7ad9' : '#8f7bff'}" stroke-width="${w > 0.85 ? 3 : 1.6}" opacity="${f(0.2 + w * 0.5)}"/>`);
      }
    }
  }
  const circles = nodes
    .flat()
    .map(([x, y]) => {
      const hot = r() < 0.3;
      return `<circle cx="${x}" cy="${f(y)}" r="${hot ? 20 : 15}" fill="${hot ? '#ff7ad9' : '#c9c1ff'}"/>${hot ? `<circle cx="${x}" cy="${f(y)}" r="36" fill="#ff7ad9" opacity="0.18"/>` : ''}`;
    })
    .join('\n');
  const body = `
<rect width="${W}" height="${H}" fill="url(#bg)"/>
${edges.join('\n')}
${circles}`;
  return svg(W, H, defs, body);
}

function molecule() {
  const defs =
    linear('bg', [[0, '#e8f6f3'], [1, '#bfe3dc']], 1, 1) +
    radial('atomA', [[0, '#7fd3c4'], [1, '#168a78']], 0.35, 0.35, 0.7) +
    radial('atomB', [[0, '#ffb3a7'], [1, '#d1495b']], 0.35, 0.35, 0.7) +
    radial('atomC', [[0, '#b9c6ff'], [1, '#3d5a98']], 0.35, 0.35, 0.7);
  const atoms = [
    [520, 420, 70, 'atomA'],
    [700, 300, 52, 'atomB'],
    [720, 540, 60, 'atomC'],
    [900, 430, 80, 'atomA'],
    [1080, 310, 48, 'atomC'],
    [1100, 580, 58, 'atomB'],
    [1280, 450, 66, 'atomA'],
    [360, 300, 40, 'atomC'],
    [340, 560, 46, 'atomB'],
    [920, 690, 40, 'atomC'],
    [1260, 220, 36, 'atomB'],
  ];
  const bonds = [
    [0, 1], [0, 2], [1, 3], [2, 3], [3, 4], [3, 5], [5, 6], [4, 6], [0, 7], [0, 8], [5, 9], [4, 10],
  ];
  const bondSvg = bonds
    .map(([a, b]) => `<line x1="${atoms[a][0]}" y1="${atoms[a][1]}" x2="${atoms[b][0]}" y2="${atoms[b][1]}" stroke="#3b5b63" stroke-width="14" stroke-linecap="round" opacity="0.55"/>`)
    .join('\n');
  const atomSvg = atoms
    .map(([x, y, rr, g]) => `<circle cx="${x + 8}" cy="${y + 12}" r="${rr}" fill="#0b3b36" opacity="0.12"/><circle cx="${x}" cy="${y}" r="${rr}" fill="url(#${g})"/>`)
    .join('\n');
  const r = rng(8);
  const bubbles = Array.from({ length: 30 }, () => `<circle cx="${f(r() * W)}" cy="${f(r() * H)}" r="${f(4 + r() * 16)}" fill="#ffffff" opacity="${f(0.25 + r() * 0.35)}"/>`).join('\n');
  const body = `
<rect width="${W}" height="${H}" fill="url(#bg)"/>
${bubbles}
${bondSvg}
${atomSvg}`;
  return svg(W, H, defs, body);
}

function vials() {
  // Vaccines: row of vials and a syringe silhouette.
  const defs =
    linear('bg', [[0, '#0d3b66'], [1, '#14537d']]) +
    linear('glass', [[0, '#ffffff', 0.55], [0.5, '#ffffff', 0.2], [1, '#ffffff', 0.45]], 1, 0) +
    linear('liquid', [[0, '#7ee8fa'], [1, '#3aa9d6']]);
  const vial = (x, y, s, cap) => `<g transform="translate(${x} ${y}) scale(${s})">
<rect x="-60" y="-20" width="120" height="260" rx="20" fill="url(#glass)"/>
<rect x="-52" y="80" width="104" height="152" rx="14" fill="url(#liquid)"/>
<rect x="-40" y="-55" width="80" height="40" rx="6" fill="#dfe6ee"/>
<rect x="-50" y="-95" width="100" height="48" rx="10" fill="${cap}"/>
<rect x="-38" y="110" width="76" height="60" rx="6" fill="#ffffff" opacity="0.8"/>
<rect x="-30" y="125" width="60" height="8" rx="4" fill="#0d3b66" opacity="0.4"/>
<rect x="-30" y="143" width="40" height="8" rx="4" fill="#0d3b66" opacity="0.4"/>
<rect x="-46" y="-10" width="10" height="230" rx="5" fill="#ffffff" opacity="0.35"/>
</g>`;
  const r = rng(3);
  const cross = Array.from({ length: 24 }, () => {
    const x = r() * W;
    const y = r() * H;
    const s = 8 + r() * 10;
    return `<path d="M${f(x - s)} ${f(y)} h${f(2 * s)} M${f(x)} ${f(y - s)} v${f(2 * s)}" stroke="#ffffff" stroke-width="4" stroke-linecap="round" opacity="${f(0.08 + r() * 0.18)}"/>`;
  }).join('\n');
  const body = `
<rect width="${W}" height="${H}" fill="url(#bg)"/>
${cross}
<ellipse cx="800" cy="800" rx="640" ry="40" fill="#06223d" opacity="0.5"/>
${vial(420, 500, 1.1, '#e84a5f')}
${vial(640, 470, 1.25, '#f5c542')}
${vial(880, 500, 1.1, '#e84a5f')}
<g transform="translate(1200 500) rotate(-35)">
  <rect x="-40" y="-230" width="80" height="330" rx="12" fill="url(#glass)"/>
  <rect x="-32" y="-120" width="64" height="210" rx="8" fill="url(#liquid)"/>
  <rect x="-70" y="100" width="140" height="18" rx="8" fill="#dfe6ee"/>
  <rect x="-12" y="118" width="24" height="120" fill="#dfe6ee"/>
  <rect x="-55" y="236" width="110" height="22" rx="10" fill="#dfe6ee"/>
  <rect x="-6" y="-320" width="12" height="92" fill="#dfe6ee"/>
  <path d="M-3 -320 L0 -380 L3 -320 Z" fill="#dfe6ee"/>
</g>`;
  return svg(W, H, defs, body);
}

function windTurbines() {
  // Climate / energy transition.
  const defs = linear('sky', [[0, '#8ed1fc'], [0.7, '#d7f0ff'], [1, '#f2fbff']]) + linear('hill', [[0, '#4caf7a'], [1, '#2e7d52']]);
  const turbine = (x, groundY, h, rot, s = 1) => {
    const hubY = groundY - h;
    const blade = (a) => `<path d="M0 0 C ${f(14 * s)} ${f(-40 * s)} ${f(10 * s)} ${f(-160 * s)} 0 ${f(-h * 0.42)} C ${f(-6 * s)} ${f(-160 * s)} ${f(-10 * s)} ${f(-40 * s)} 0 0 Z" fill="#ffffff" transform="rotate(${a})"/>`;
    return `<g>
<path d="M${f(x - 9 * s)} ${groundY} L${f(x - 4 * s)} ${f(hubY)} L${f(x + 4 * s)} ${f(hubY)} L${f(x + 9 * s)} ${groundY} Z" fill="#f4f7fa"/>
<g transform="translate(${x} ${f(hubY)})">${blade(rot)}${blade(rot + 120)}${blade(rot + 240)}<circle r="${f(10 * s)}" fill="#dfe6ee"/></g>
</g>`;
  };
  const body = `
<rect width="${W}" height="${H}" fill="url(#sky)"/>
<circle cx="1340" cy="170" r="80" fill="#fff6c9"/>
<circle cx="1340" cy="170" r="140" fill="#fff6c9" opacity="0.3"/>
<g fill="#ffffff" opacity="0.8"><ellipse cx="300" cy="170" rx="140" ry="36"/><ellipse cx="380" cy="150" rx="90" ry="40"/><ellipse cx="900" cy="120" rx="120" ry="28"/></g>
<path d="M0 700 C300 620 600 660 900 620 S1400 600 1600 640 L1600 900 L0 900 Z" fill="#8fd3a9"/>
${turbine(1150, 640, 330, 20, 1)}
${turbine(1400, 645, 260, 75, 0.8)}
${turbine(900, 630, 240, 50, 0.75)}
<path d="M0 790 C400 700 800 760 1100 730 S1500 720 1600 760 L1600 900 L0 900 Z" fill="url(#hill)"/>
${turbine(420, 760, 520, 10, 1.4)}
<g transform="translate(1120 800) skewX(-20)">
  ${Array.from({ length: 4 }, (_, i) => `<rect x="${i * 95}" y="0" width="85" height="50" fill="#1f3b73" stroke="#9ec5ff" stroke-width="3"/>`).join('')}
  ${Array.from({ length: 4 }, (_, i) => `<rect x="${i * 95}" y="55" width="85" height="50" fill="#1f3b73" stroke="#9ec5ff" stroke-width="3"/>`).join('')}
</g>`;
  return svg(W, H, defs, body);
}

function portCranes() {
  // Trade / ports: gantry cranes and container stacks at dusk.
  const defs = linear('sky', [[0, '#2a3d66'], [0.6, '#e07a5f'], [1, '#f2cc8f']]) + linear('sea', [[0, '#3d405b'], [1, '#1f2033']]);
  const palette = ['#e07a5f', '#81b29a', '#3d85c6', '#f2cc8f', '#c9485b', '#5f6caf'];
  const r = rng(17);
  const containers = [];
  for (let col = 0; col < 14; col++) {
    const height = 1 + Math.floor(r() * 4);
    for (let row = 0; row < height; row++) {
      const x = 80 + col * 96;
      const y = 700 - (row + 1) * 46;
      const c = palette[Math.floor(r() * palette.length)];
      containers.push(`<rect x="${x}" y="${y}" width="92" height="44" fill="${c}"/>` +
        Array.from({ length: 6 }, (_, k) => `<line x1="${x + 10 + k * 14}" y1="${y + 5}" x2="${x + 10 + k * 14}" y2="${y + 39}" stroke="#000" stroke-opacity="0.18" stroke-width="3"/>`).join(''));
    }
  }
  const crane = (x, s) => `<g fill="none" stroke="#1b1d2e" stroke-width="${f(12 * s)}" stroke-linejoin="round">
<path d="M${x} 700 L${x} ${f(700 - 420 * s)} M${f(x + 160 * s)} 700 L${f(x + 160 * s)} ${f(700 - 420 * s)}"/>
<path d="M${f(x - 200 * s)} ${f(700 - 420 * s)} L${f(x + 420 * s)} ${f(700 - 420 * s)}"/>
<path d="M${x} ${f(700 - 200 * s)} L${f(x + 160 * s)} ${f(700 - 200 * s)} M${x} ${f(700 - 420 * s)} L${f(x + 160 * s)} ${f(700 - 200 * s)}"/>
<path d="M${f(x + 80 * s)} ${f(700 - 420 * s)} L${f(x + 80 * s)} ${f(700 - 540 * s)} L${f(x - 200 * s)} ${f(700 - 420 * s)} M${f(x + 80 * s)} ${f(700 - 540 * s)} L${f(x + 420 * s)} ${f(700 - 420 * s)}"/>
<path d="M${f(x + 330 * s)} ${f(700 - 420 * s)} L${f(x + 330 * s)} ${f(700 - 300 * s)}" stroke-width="${f(4 * s)}"/>
</g>
<rect x="${f(x + 290 * s)}" y="${f(700 - 300 * s)}" width="${f(80 * s)}" height="${f(38 * s)}" fill="#1b1d2e"/>`;
  const body = `
<rect width="${W}" height="${H}" fill="url(#sky)"/>
<circle cx="300" cy="560" r="110" fill="#ffd9a0" opacity="0.8"/>
${crane(980, 1)}
${crane(380, 0.8)}
${containers.join('\n')}
<rect y="700" width="${W}" height="200" fill="url(#sea)"/>
${Array.from({ length: 12 }, (_, i) => `<rect x="${f(100 + r() * 1400)}" y="${f(720 + i * 14)}" width="${f(60 + r() * 160)}" height="4" fill="#f2cc8f" opacity="0.35"/>`).join('\n')}`;
  return svg(W, H, defs, body);
}

function mining() {
  // Mining / commodities: stepped open-pit with a haul truck silhouette.
  const defs = linear('sky', [[0, '#f6e7cb'], [1, '#e9c99a']]);
  const layers = ['#c98f5a', '#b77b48', '#a2683a', '#8c572f', '#744626', '#5e381f'];
  const steps = layers
    .map((c, i) => {
      const inset = i * 110;
      const y = 430 + i * 70;
      return `<path d="M${inset} ${y} L${W - inset} ${y} L${W - inset - 60} ${y + 70} L${inset + 60} ${y + 70} Z" fill="${c}"/>`;
    })
    .join('\n');
  const body = `
<rect width="${W}" height="${H}" fill="url(#sky)"/>
<path d="M0 430 L250 300 L430 380 L620 260 L820 360 L1050 240 L1300 350 L1600 280 L1600 430 Z" fill="#d9a872"/>
<rect y="430" width="${W}" height="${H - 430}" fill="#d6a36c"/>
${steps}
<rect y="850" width="${W}" height="50" fill="#4a2c18"/>
<g transform="translate(930 548)" fill="#2b1a10">
  <rect x="0" y="0" width="180" height="60" rx="6"/>
  <path d="M180 10 L250 10 L270 60 L180 60 Z"/>
  <path d="M-20 -30 L170 -30 L180 0 L0 0 Z" fill="#f2b134"/>
  <circle cx="40" cy="70" r="26"/><circle cx="120" cy="70" r="26"/><circle cx="230" cy="70" r="26"/>
</g>`;
  return svg(W, H, defs, body);
}

const stories = {
  'energy-oil-derricks': oilDerricks,
  'energy-oil-barrels': oilBarrels,
  'world-globe-meridians': globe,
  'world-network-map': networkMap,
  'politics-capitol-dome': capitol,
  'politics-ballot-box': ballot,
  'business-bar-chart': barChart,
  'business-rates-line-chart': lineChart,
  'technology-circuit-chip': circuit,
  'technology-neural-network': neuralNet,
  'health-molecule': molecule,
  'health-vaccine-vials': vials,
  'climate-wind-turbines': windTurbines,
  'trade-port-cranes': portCranes,
  'business-open-pit-mine': mining,
};

// ---------------------------------------------------------------------------------------------
// Author avatars
// ---------------------------------------------------------------------------------------------

const authors = {
  'ricardo-mendoza': ['#8e1b3a', '#e0607a', '#2f0a16'],
  'amara-okafor': ['#16a085', '#2ecc71', '#0d3b32'],
  'lena-kowalski': ['#2c3e91', '#5dade2', '#141c45'],
  'daniel-whitfield': ['#6c3483', '#d98cd4', '#2e1538'],
  'priya-raman': ['#d35400', '#f7c873', '#4a1f05'],
  'sofia-lindqvist': ['#1f618d', '#48c9b0', '#0b2a3d'],
};

function avatar([c1, c2, fg]) {
  const S = 400;
  const defs =
    linear('bg', [[0, c1], [1, c2]], 1, 1) +
    radial('light', [[0, '#ffffff', 0.35], [1, '#ffffff', 0]], 0.3, 0.2, 0.6);
  const body = `
<rect width="${S}" height="${S}" fill="url(#bg)"/>
<rect width="${S}" height="${S}" fill="url(#light)"/>
<g fill="${fg}" opacity="0.88">
  <path d="M60 400 C60 300 120 255 200 255 C280 255 340 300 340 400 Z"/>
  <rect x="178" y="215" width="44" height="50" rx="14"/>
  <ellipse cx="200" cy="160" rx="70" ry="82"/>
</g>
<path d="M165 262 L200 300 L235 262" fill="none" stroke="#ffffff" stroke-opacity="0.25" stroke-width="6" stroke-linejoin="round"/>`;
  return svg(S, S, defs, body);
}

// ---------------------------------------------------------------------------------------------

async function render(svgText, outFile, quality) {
  await sharp(Buffer.from(svgText), { density: 72 })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality, mozjpeg: true, chromaSubsampling: '4:2:0' })
    .toFile(outFile);
  const { size } = await stat(outFile);
  return size;
}

async function main() {
  await mkdir(storiesDir, { recursive: true });
  await mkdir(authorsDir, { recursive: true });
  const limit = 120 * 1024;
  for (const [name, draw] of Object.entries(stories)) {
    const out = path.join(storiesDir, `${name}.jpg`);
    let q = 78;
    let size = await render(draw(), out, q);
    while (size > limit && q > 50) {
      q -= 6;
      size = await render(draw(), out, q);
    }
    console.log(`stories/${name}.jpg  ${(size / 1024).toFixed(1)} KB  (q${q})`);
  }
  for (const [slug, colors] of Object.entries(authors)) {
    const out = path.join(authorsDir, `${slug}.jpg`);
    const size = await render(avatar(colors), out, 80);
    console.log(`authors/${slug}.jpg  ${(size / 1024).toFixed(1)} KB`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
