import { describe, expect, it } from 'vitest';
import { buildMatchExpression, escapeHtml, markedToHtml, MAX_TOKENS, searchTokens } from './match';

describe('buildMatchExpression', () => {
  it('quotes every token and makes the last one a prefix', () => {
    expect(buildMatchExpression('oil prices')).toBe('"oil" "prices"*');
    expect(buildMatchExpression('oil prices ')).toBe('"oil" "prices"');
    expect(buildMatchExpression('o')).toBe('"o"');
  });

  it('treats FTS syntax as plain separators', () => {
    expect(buildMatchExpression('"NEAR(a b)" -c* OR d:e ^fo')).toBe('"NEAR" "a" "b" "c" "OR" "d" "e" "fo"*');
    expect(buildMatchExpression('"')).toBeNull();
    expect(buildMatchExpression('')).toBeNull();
    expect(buildMatchExpression('🛢️ 🔥')).toBeNull();
  });

  it('keeps accented letters and digits, caps length and token count', () => {
    expect(buildMatchExpression('São Paulo 2026')).toBe('"São" "Paulo" "2026"*');
    expect(searchTokens('w '.repeat(1_000))).toHaveLength(MAX_TOKENS);
    expect(searchTokens(`${'x'.repeat(1_999)} beyond`)).toEqual(['x'.repeat(1_999)]);
  });
});

describe('markedToHtml', () => {
  it('escapes text and wraps marked runs', () => {
    expect(markedToHtml('a \uE000<b>\uE001 & "c"')).toBe('a <mark>&lt;b&gt;</mark> &amp; &quot;c&quot;');
  });

  it('balances stray markers', () => {
    expect(markedToHtml('\uE000open')).toBe('<mark>open</mark>');
    expect(markedToHtml('close\uE001 \uE000\uE000x')).toBe('close <mark>x</mark>');
  });

  it('escapes quotes for attribute safety', () => {
    expect(escapeHtml(`'"`)).toBe('&#39;&quot;');
  });
});
