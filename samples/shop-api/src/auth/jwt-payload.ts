import { Role } from '../users/role.enum';

/** The claims the API signs into an access token. */
export interface JwtPayload {
  sub: string;
  role: Role;
}

/** The user a guarded request runs as, set on `request.user` by JwtAuthGuard. */
export interface AuthenticatedUser {
  id: string;
  role: Role;
}
