import 'server-only';
import { G2_TYPE, wantsG2, wireConditional, wireError, wireJson, wireNotFound } from './http';
import { getClientItem } from './list';
import { toNewsMl } from './newsml';
import { toNinjs } from './ninjs';
import type { WireCaller } from './route';

const ID = /^[1-9]\d{0,11}$/;

/** /items/{id} and /items/{id}/versions/{n}: ninjs or NewsML-G2; 404 for anything the client may not have. */
export async function itemAnswer(request: Request, caller: WireCaller, id: string, version: string | null): Promise<Response> {
  const g2 = wantsG2(request);
  if (g2 === null) return wireError(400, 'bad_request', 'format must be ninjs or g2.');
  if (!ID.test(id) || (version !== null && !ID.test(version))) return wireNotFound();
  const item = await getClientItem(caller.products, Number(id), version === null ? null : Number(version));
  if (!item) return wireNotFound();
  return g2 ? wireConditional(request, toNewsMl(item), `${G2_TYPE}; charset=utf-8`) : wireJson(request, toNinjs(item));
}
