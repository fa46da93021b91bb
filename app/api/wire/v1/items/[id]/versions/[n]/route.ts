import { itemAnswer } from '@/lib/wire/item-answer';
import { wireRoute } from '@/lib/wire/route';

/** Exactly version n of the item, ninjs or NewsML-G2. */
export const GET = wireRoute<{ id: string; n: string }>((request, caller, params) => itemAnswer(request, caller, params.id, params.n));
