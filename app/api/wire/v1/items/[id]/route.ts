import { itemAnswer } from '@/lib/wire/item-answer';
import { wireRoute } from '@/lib/wire/route';

/** The item at its latest version (a killed item as its canceled version), ninjs or NewsML-G2. */
export const GET = wireRoute<{ id: string }>((request, caller, params) => itemAnswer(request, caller, params.id, null));
