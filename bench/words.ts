// Vocabulary for generated stories. Real words form the frequent head of a Zipf distribution;
// syllable-built names form the long tail, so rare terms match few stories, as names and places
// do in a real archive (a uniform vocabulary would put every word in every story).

const COMMON = `the of and to in a that for on with as was said by at from is it his be has have are
an not after were but had will they who their been this which would its over also more about one
two year years new last first than government people other into up out some could when three
minister police officials state percent week country city president told market report court
national public during against before while since under between group company council party
workers months security prices between water health children local union meeting election
officials plans budget agreement talks director spokesman statement region village families
support program development according announced including former international economic
political military emergency investigation billion million authorities hospital schools energy
trade farmers border coast river bridge airport railway harbour storm flood drought harvest
festival museum theatre orchestra league season match striker goalkeeper coach tournament final
stadium record champion injury transfer contract parliament senate ministry treaty sanctions
embassy refugees ceasefire troops protest strike wages inflation interest rates bank currency
exports imports shipping factory mining steel copper grain coffee tourism hotel airline fuel
pipeline electricity solar wind nuclear climate emissions forest wildlife ocean fishing
research university students teachers scientists vaccine clinic doctors nurses patients virus
software internet phone data privacy court judge trial verdict appeal lawyer prosecutor police
arrest suspect fraud corruption inquiry audit reform tax pension housing rent mortgage traffic
transport bus ferry cargo port warehouse supply shortage demand growth recession recovery jobs
unemployment survey poll voters campaign candidate coalition opposition mayor governor senator`
  .split(/\s+/)
  .filter(Boolean);

const ONSETS = ['b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 'st', 't', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou'];
const CODAS = ['', 'n', 'r', 'l', 's', 'th', 'nd', 'rk', 'm', 'x'];

/** Deterministic name-like words: the same index always gives the same word. */
function syllableWord(index: number): string {
  let n = index;
  let word = '';
  for (let s = 0; s < 3; s++) {
    word += ONSETS[n % ONSETS.length]! + VOWELS[Math.floor(n / ONSETS.length) % VOWELS.length]!;
    n = Math.floor(n / (ONSETS.length * VOWELS.length)) + s * 7 + 3;
  }
  return word + CODAS[index % CODAS.length]!;
}

/** Head (real words, most frequent first) followed by a tail of generated names. */
export function buildVocabulary(size: number): string[] {
  const words = [...new Set(COMMON)];
  const seen = new Set(words);
  for (let i = 0; words.length < size; i++) {
    const w = syllableWord(i * 7919 + 13);
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  return words;
}
