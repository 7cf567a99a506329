import { createContext, useContext } from 'react';
import type { Me } from '../session/me';

export const MeContext = createContext<Me | null>(null);

/** Who is signed in (from /admin/me), inside the Shell. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside the console shell');
  return me;
}
