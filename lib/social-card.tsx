/** Layout of a story's social card for satori (next/og): explicit pixel sizes, flex only. */
export function SocialCard({ headline, section, siteName, hero, width, height }: {
  headline: string;
  section: string;
  siteName: string;
  hero: string | null;
  width: number;
  height: number;
}) {
  const pad = 56;
  const fontSize = Math.round((headline.length > 90 ? 50 : 60) * Math.min(height / 630, 1.3));
  const box = { position: 'absolute', top: 0, left: 0, width, height } as const;
  return (
    <div style={{ width, height, display: 'flex', position: 'relative', background: '#123a69', fontFamily: 'Geist' }}>
      {hero && (
        // eslint-disable-next-line @next/next/no-img-element -- satori renders plain <img>, not next/image
        <img src={hero} alt="" width={width} height={height} style={{ ...box, objectFit: 'cover' }} />
      )}
      <div
        style={{
          ...box,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: pad,
          backgroundImage: 'linear-gradient(180deg, rgba(10,20,35,0.6) 0%, rgba(10,20,35,0.1) 30%, rgba(10,20,35,0.55) 55%, rgba(10,20,35,0.95) 100%)',
          color: 'white',
        }}
      >
        <div style={{ display: 'flex', alignItems: 'center', fontSize: 30 }}>
          <div style={{ display: 'flex', width: 48, height: 48, borderRadius: 8, background: '#174b87', alignItems: 'center', justifyContent: 'center', marginRight: 16 }}>M</div>
          <div style={{ display: 'flex' }}>{siteName}</div>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', width: width - 2 * pad }}>
          <div style={{ display: 'flex', fontSize: 26, letterSpacing: 3, textTransform: 'uppercase', color: '#fca5a5', marginBottom: 16 }}>{section}</div>
          <div style={{ display: 'flex', fontSize, lineHeight: 1.15 }}>{headline}</div>
        </div>
      </div>
    </div>
  );
}
