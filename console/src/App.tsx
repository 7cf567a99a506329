import { Shell } from './layout/Shell';
import { SignInPage } from './session/SignInPage';
import { useSession } from './session/session';

export function App() {
  const signedIn = useSession((s) => s.accessToken !== null);
  return signedIn ? <Shell /> : <SignInPage />;
}
