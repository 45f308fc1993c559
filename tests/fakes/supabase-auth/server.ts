/**
 * A protocol-level stand-in for Supabase Auth (GoTrue) on 127.0.0.1 with an
 * ephemeral port. It speaks the wire format @supabase/auth-js uses — the
 * same paths, JSON bodies, session and user shapes, error bodies
 * (`{ code, message }` plus the echoed `X-Supabase-Api-Version` header for
 * API version 2024-01-01, the legacy `{ code, error_code, msg }` otherwise) —
 * and issues real ES256 JWTs with Supabase's claim shape, published at
 * `/auth/v1/.well-known/jwks.json`, so `auth.getClaims()` verifies them
 * locally exactly as it does against a project with asymmetric signing keys.
 *
 * Emails are not sent: they land in `mailbox`, carrying the `token_hash` a
 * custom email template would put in the link (`/auth/confirm?token_hash=…`).
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createHash, randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { SignJWT, exportJWK, generateKeyPair, jwtVerify, type JWK, type CryptoKey } from 'jose';
import { Secret, TOTP } from 'otpauth';

export type FakeUser = {
  id: string;
  email: string;
  password: string | null;
  emailConfirmedAt: string | null;
  userMetadata: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
  lastSignInAt: string | null;
  bannedUntil: string | null;
  /** MFA factors (GoTrue's auth.mfa_factors): TOTP only here. */
  factors?: FakeFactor[];
};

export type FakeFactor = {
  id: string;
  secret: string;
  status: 'unverified' | 'verified';
  friendlyName: string;
  createdAt: string;
  lastChallengeStep?: number;
};

export type FakeMail = {
  to: string;
  /** GoTrue's email action types. */
  type: 'magiclink' | 'signup' | 'recovery';
  /** What a custom template puts in the link (`{{ .TokenHash }}`); `pkce_`-prefixed when a code challenge was sent. */
  tokenHash: string;
  /** The 6-digit code (`{{ .Token }}`). */
  otp: string;
  /** The `redirect_to` the client asked for (`{{ .RedirectTo }}`). */
  redirectTo: string | null;
  sentAt: number;
};

export type FakeRequest = {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization: string | null;
  apikey: string | null;
};

export type FakeFault = { status: number; code?: string; message?: string; times?: number };

export type FakeSupabaseAuthOptions = {
  /** When set, requests without this `apikey` header get Kong's 401, like a hosted project. */
  anonKey?: string;
  /** GoTrue's MAILER_AUTOCONFIRM: sign-up returns a session straight away. Default true. */
  autoconfirm?: boolean;
  accessTokenTtlSeconds?: number;
  minPasswordLength?: number;
  /** OAuth providers switched on in the project (GoTrue's EXTERNAL_<PROVIDER>_ENABLED). Default none. */
  externalProviders?: string[];
  /** Lifetime of email links/OTPs (GoTrue's MAILER_OTP_EXP). Default 3600. */
  otpTtlSeconds?: number;
};

type Session = {
  id: string;
  userId: string;
  createdAt: number;
  revoked: boolean;
  aal: 'aal1' | 'aal2';
  amr: Array<{ method: string; timestamp: number }>;
};
type RefreshToken = { token: string; sessionId: string; revoked: boolean };
type OneTimeToken = { tokenHash: string; otp: string; userId: string; type: FakeMail['type']; expiresAt: number; used: boolean };

const API_VERSION_2024 = '2024-01-01';

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export class FakeSupabaseAuth {
  readonly users = new Map<string, FakeUser>();
  readonly sessions = new Map<string, Session>();
  readonly refreshTokens = new Map<string, RefreshToken>();
  readonly oneTimeTokens: OneTimeToken[] = [];
  readonly authCodes = new Map<string, { userId: string; challenge: string; used: boolean }>();
  readonly mailbox: FakeMail[] = [];
  readonly requests: FakeRequest[] = [];
  readonly options: Required<Omit<FakeSupabaseAuthOptions, 'anonKey'>> & { anonKey?: string };

  private server: http.Server | undefined;
  private readonly sockets = new Set<Socket>();
  private readonly faults = new Map<string, FakeFault>();
  private privateKey!: CryptoKey;
  private publicKey!: CryptoKey;
  private publicJwk!: JWK;
  /** The `kid` of the current signing key. */
  kid = randomUUID();
  url = '';

  constructor(options: FakeSupabaseAuthOptions = {}) {
    this.options = {
      autoconfirm: true,
      accessTokenTtlSeconds: 3600,
      minPasswordLength: 6,
      otpTtlSeconds: 3600,
      externalProviders: [],
      ...options,
    };
  }

  /** `${url}/auth/v1`, the `iss` of every token. */
  get issuer(): string {
    return `${this.url}/auth/v1`;
  }

  async start(): Promise<this> {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    this.privateKey = privateKey;
    this.publicKey = publicKey;
    this.publicJwk = { ...(await exportJWK(publicKey)), kid: this.kid, alg: 'ES256', use: 'sig', key_ops: ['verify'], ext: true };
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ code: 'unexpected_failure', message: String(err) }));
        }
      });
    });
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  /** The next `times` (default 1) requests to `path` (e.g. '/token', '/otp') fail with this error. */
  failNext(path: string, fault: FakeFault): void {
    this.faults.set(path, { times: 1, ...fault });
  }

  /** Admin-style setup: a confirmed user with a password. */
  createUser(input: { email: string; password?: string; confirmed?: boolean; userMetadata?: Record<string, unknown> }): FakeUser {
    const now = new Date().toISOString();
    const user: FakeUser = {
      id: randomUUID(),
      email: input.email.trim().toLowerCase(),
      password: input.password ?? null,
      emailConfirmedAt: input.confirmed === false ? null : now,
      userMetadata: input.userMetadata ?? {},
      createdAt: now,
      updatedAt: now,
      lastSignInAt: null,
      bannedUntil: null,
    };
    this.users.set(user.id, user);
    return user;
  }

  findUserByEmail(email: string): FakeUser | undefined {
    const normalized = email.trim().toLowerCase();
    return [...this.users.values()].find((u) => u.email === normalized);
  }

  /** The newest mail to `email` (optionally of one type). */
  lastMail(email: string, type?: FakeMail['type']): FakeMail | undefined {
    const normalized = email.trim().toLowerCase();
    return this.mailbox.filter((m) => m.to === normalized && (!type || m.type === type)).at(-1);
  }

  /** Signs arbitrary claims with the server's real key (for expiry and claim-shape tests). */
  async signAccessToken(claims: Record<string, unknown>, opts: { expiresIn?: number; kid?: string } = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: opts.kid ?? this.kid, typ: 'JWT' })
      .setIssuer(this.issuer)
      .setIssuedAt(now)
      .setExpirationTime(now + (opts.expiresIn ?? this.options.accessTokenTtlSeconds))
      .sign(this.privateKey);
  }

  // ---------------------------------------------------------------- protocol

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const query = Object.fromEntries(url.searchParams);
    const apikey = header(req, 'apikey');
    const authorization = header(req, 'authorization');
    this.requests.push({ method: req.method ?? 'GET', path: url.pathname, query, authorization, apikey });
    const apiVersion = header(req, 'x-supabase-api-version');

    try {
      // The gateway lets browser navigations through without a key: the JWKS and /authorize.
      const isOpenRoute = url.pathname === '/auth/v1/.well-known/jwks.json' || url.pathname === '/auth/v1/authorize';
      if (this.options.anonKey !== undefined && !isOpenRoute) {
        if (!apikey)
          return sendJson(res, 401, { message: 'No API key found in request', hint: 'No `apikey` request header or url param was found.' });
        if (apikey !== this.options.anonKey)
          return sendJson(res, 401, { message: 'Invalid API key', hint: 'Double check your Supabase `anon` or `service_role` API key.' });
      }
      if (!url.pathname.startsWith('/auth/v1/')) throw new HttpError(404, 'not_found', 'Not found');
      const route = url.pathname.slice('/auth/v1'.length);
      const fault = this.faults.get(route);
      if (fault) {
        if (!fault.times || fault.times <= 1) this.faults.delete(route);
        else fault.times -= 1;
        throw new HttpError(
          fault.status,
          fault.code ?? (fault.status === 429 ? 'over_request_rate_limit' : 'unexpected_failure'),
          fault.message ?? 'Injected fault',
        );
      }
      const body = req.method === 'GET' ? {} : await readJson(req);
      const key = `${req.method} ${route}`;
      switch (key) {
        case 'GET /.well-known/jwks.json':
          return sendJson(res, 200, { keys: [this.publicJwk] });
        case 'GET /health':
          return sendJson(res, 200, { version: 'fake', name: 'GoTrue', description: 'Fake GoTrue for tests' });
        case 'GET /settings':
          return sendJson(res, 200, {
            external: {
              email: true,
              ...Object.fromEntries(['google', 'github'].map((p) => [p, this.options.externalProviders.includes(p)])),
            },
            disable_signup: false,
            mailer_autoconfirm: this.options.autoconfirm,
          });
        case 'GET /authorize':
          return this.authorize(query, res);
        case 'POST /token':
          return sendJson(res, 200, await this.token(query.grant_type, body));
        case 'POST /signup':
          return sendJson(res, 200, await this.signup(body, query.redirect_to ?? null));
        case 'POST /otp':
          this.otp(body, query.redirect_to ?? null);
          return sendJson(res, 200, {});
        case 'POST /verify':
          return sendJson(res, 200, await this.verify(body));
        case 'POST /recover':
          this.recover(body, query.redirect_to ?? null);
          return sendJson(res, 200, {});
        case 'GET /user': {
          const { user } = await this.authenticate(authorization);
          return sendJson(res, 200, userJson(user));
        }
        case 'PUT /user': {
          const { user } = await this.authenticate(authorization);
          return sendJson(res, 200, this.updateUser(user, body));
        }
        case 'POST /factors': {
          const { user } = await this.authenticate(authorization);
          return sendJson(res, 200, this.enrollFactor(user, body));
        }
        case 'POST /logout': {
          const { user, session } = await this.authenticate(authorization);
          this.logout(user, session, query.scope ?? 'global');
          res.writeHead(204).end();
          return;
        }
        default: {
          // MFA routes with a factor id: /factors/:id, /factors/:id/challenge, /factors/:id/verify.
          const factorRoute = route.match(/^\/factors\/([0-9a-f-]{36})(\/challenge|\/verify)?$/);
          if (factorRoute) {
            const { user, session } = await this.authenticate(authorization);
            const factor = user.factors?.find((f) => f.id === factorRoute[1]);
            if (!factor) throw new HttpError(404, 'mfa_factor_not_found', 'Factor not found');
            if (req.method === 'POST' && factorRoute[2] === '/challenge') {
              return sendJson(res, 200, { id: randomUUID(), type: 'totp', expires_at: Math.floor(Date.now() / 1000) + 300 });
            }
            if (req.method === 'POST' && factorRoute[2] === '/verify') {
              return sendJson(res, 200, await this.verifyFactor(user, session, factor, str(body.code) ?? ''));
            }
            if (req.method === 'DELETE' && !factorRoute[2]) {
              // GoTrue: a verified factor can only be removed from an aal2 session.
              if (factor.status === 'verified' && session.aal !== 'aal2') {
                throw new HttpError(403, 'insufficient_aal', 'AAL2 required to unenroll verified factor');
              }
              user.factors = user.factors?.filter((f) => f.id !== factor.id);
              return sendJson(res, 200, { id: factor.id });
            }
          }
          throw new HttpError(404, 'not_found', `Unhandled ${key}`);
        }
      }
    } catch (err) {
      if (!(err instanceof HttpError)) throw err;
      sendError(res, apiVersion, err);
    }
  }

  /**
   * GoTrue's /authorize sends the browser to the provider; the provider sends it back to
   * /callback, and GoTrue redirects to `redirect_to?code=…` (PKCE). The fake plays the provider
   * agreeing at once: the person `${provider}-user@oauth.test` (created on first use).
   */
  private authorize(query: Record<string, string>, res: http.ServerResponse): void {
    const provider = query.provider ?? '';
    if (!this.options.externalProviders.includes(provider)) {
      throw new HttpError(400, 'validation_failed', 'Unsupported provider: provider is not enabled');
    }
    if (!query.code_challenge || query.code_challenge_method?.toLowerCase() !== 's256' || !query.redirect_to) {
      throw new HttpError(400, 'validation_failed', 'PKCE code challenge (s256) and redirect_to are required here');
    }
    const email = `${provider}-user@oauth.test`;
    const user = this.findUserByEmail(email) ?? this.createUser({ email, confirmed: true, userMetadata: { provider } });
    const code = randomUUID();
    this.authCodes.set(code, { userId: user.id, challenge: query.code_challenge, used: false });
    const target = new URL(query.redirect_to);
    target.searchParams.set('code', code);
    res.writeHead(302, { location: target.toString() }).end();
  }

  private async token(grantType: string | undefined, body: Record<string, unknown>) {
    if (grantType === 'pkce') {
      const entry = this.authCodes.get(str(body.auth_code) ?? '');
      const verifier = str(body.code_verifier) ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      if (!entry || entry.used || entry.challenge !== challenge) {
        throw new HttpError(400, 'flow_state_not_found', 'invalid flow state, no valid flow state found');
      }
      entry.used = true;
      return this.issueSession(this.users.get(entry.userId)!, 'oauth');
    }
    if (grantType === 'password') {
      const email = str(body.email);
      const password = str(body.password);
      const user = email ? this.findUserByEmail(email) : undefined;
      // One message for unknown email and wrong password, like GoTrue.
      if (!user || user.password === null || !safeEqual(user.password, password ?? '')) {
        throw new HttpError(400, 'invalid_credentials', 'Invalid login credentials');
      }
      if (!user.emailConfirmedAt) throw new HttpError(400, 'email_not_confirmed', 'Email not confirmed');
      this.assertNotBanned(user);
      return this.issueSession(user, 'password');
    }
    if (grantType === 'refresh_token') {
      const token = str(body.refresh_token);
      const rt = token ? this.refreshTokens.get(token) : undefined;
      if (!rt) throw new HttpError(400, 'refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found');
      const session = this.sessions.get(rt.sessionId);
      if (!session || session.revoked) throw new HttpError(400, 'session_not_found', 'Session from session_id claim in JWT does not exist');
      if (rt.revoked) {
        // Reuse of a rotated token: GoTrue treats it as theft and ends the session.
        session.revoked = true;
        throw new HttpError(400, 'refresh_token_already_used', 'Invalid Refresh Token: Already Used');
      }
      const user = this.users.get(session.userId)!;
      this.assertNotBanned(user);
      rt.revoked = true;
      return this.sessionResponse(user, session);
    }
    throw new HttpError(400, 'validation_failed', `unsupported_grant_type: ${grantType ?? ''}`);
  }

  private async signup(body: Record<string, unknown>, redirectTo: string | null) {
    const email = str(body.email);
    const password = str(body.password);
    if (!email || !/^[^@\s]+@[^@\s]+$/.test(email))
      throw new HttpError(400, 'validation_failed', 'Unable to validate email address: invalid format');
    if (!password) throw new HttpError(422, 'validation_failed', 'Signup requires a valid password');
    this.assertStrongPassword(password);
    const existing = this.findUserByEmail(email);
    if (existing) {
      if (this.options.autoconfirm || existing.emailConfirmedAt === null) {
        throw new HttpError(422, 'user_already_exists', 'User already registered');
      }
      // With confirmations on, GoTrue answers an existing confirmed address with an
      // obfuscated user so the endpoint cannot be used to enumerate accounts.
      return { ...userJson({ ...existing, id: randomUUID(), userMetadata: {} }), identities: [] };
    }
    const user = this.createUser({ email, password, confirmed: this.options.autoconfirm, userMetadata: objectOr(body.data) });
    if (this.options.autoconfirm) return this.issueSession(user, 'password');
    this.mail(user, 'signup', redirectTo, Boolean(body.code_challenge));
    return userJson(user);
  }

  private otp(body: Record<string, unknown>, redirectTo: string | null): void {
    const email = str(body.email);
    if (!email) throw new HttpError(400, 'validation_failed', 'An email address or phone number is required');
    let user = this.findUserByEmail(email);
    if (!user) {
      if (body.create_user === false) throw new HttpError(422, 'otp_disabled', 'Signups not allowed for otp');
      user = this.createUser({ email, confirmed: false, userMetadata: objectOr(body.data) });
    }
    this.mail(user, user.emailConfirmedAt ? 'magiclink' : 'signup', redirectTo, Boolean(body.code_challenge));
  }

  private recover(body: Record<string, unknown>, redirectTo: string | null): void {
    const email = str(body.email);
    if (!email) throw new HttpError(400, 'validation_failed', 'Password recovery requires an email');
    const user = this.findUserByEmail(email);
    // Unknown addresses get the same 200 (no account enumeration).
    if (user) this.mail(user, 'recovery', redirectTo, Boolean(body.code_challenge));
  }

  private async verify(body: Record<string, unknown>) {
    const type = str(body.type);
    const accepted: Record<string, Array<FakeMail['type']>> = {
      email: ['magiclink', 'signup'],
      magiclink: ['magiclink'],
      signup: ['signup'],
      recovery: ['recovery'],
    };
    const kinds = type ? accepted[type] : undefined;
    if (!kinds) throw new HttpError(400, 'validation_failed', `Verify requires a verification type`);
    const tokenHash = str(body.token_hash);
    const otp = str(body.token);
    const email = str(body.email);
    const now = Date.now();
    const match = this.oneTimeTokens.find((t) => {
      if (!kinds.includes(t.type)) return false;
      if (tokenHash) return t.tokenHash === tokenHash;
      return Boolean(otp && email && t.otp === otp && this.users.get(t.userId)?.email === email.trim().toLowerCase());
    });
    if (!match || match.used || match.expiresAt <= now) throw new HttpError(403, 'otp_expired', 'Email link is invalid or has expired');
    match.used = true;
    const user = this.users.get(match.userId)!;
    this.assertNotBanned(user);
    if (!user.emailConfirmedAt) user.emailConfirmedAt = new Date().toISOString();
    return this.issueSession(user, match.type === 'recovery' ? 'recovery' : 'otp');
  }

  private updateUser(user: FakeUser, body: Record<string, unknown>) {
    const password = str(body.password);
    if (password !== undefined) {
      this.assertStrongPassword(password);
      if (user.password !== null && safeEqual(user.password, password)) {
        throw new HttpError(422, 'same_password', 'New password should be different from the old password.');
      }
      user.password = password;
    }
    if (body.data && typeof body.data === 'object') user.userMetadata = { ...user.userMetadata, ...(body.data as Record<string, unknown>) };
    user.updatedAt = new Date().toISOString();
    return userJson(user);
  }

  private enrollFactor(user: FakeUser, body: Record<string, unknown>) {
    if (body.factor_type !== 'totp') throw new HttpError(422, 'validation_failed', 'Only TOTP here');
    const secret = new Secret({ size: 20 }).base32;
    const factor: FakeFactor = {
      id: randomUUID(),
      secret,
      status: 'unverified',
      friendlyName: str(body.friendly_name) ?? '',
      createdAt: new Date().toISOString(),
    };
    user.factors = [...(user.factors ?? []).filter((f) => f.status === 'verified'), factor];
    const uri = new TOTP({ issuer: str(body.issuer) ?? 'fake', label: user.email, secret: Secret.fromBase32(secret) }).toString();
    return { id: factor.id, type: 'totp', friendly_name: factor.friendlyName, totp: { qr_code: '<svg/>', secret, uri } };
  }

  /** A right code (each 30 s step once) makes the factor verified and the session aal2. */
  private async verifyFactor(user: FakeUser, session: Session, factor: FakeFactor, code: string) {
    const now = Date.now();
    const delta = new TOTP({ secret: Secret.fromBase32(factor.secret) }).validate({ token: code, timestamp: now, window: 1 });
    const step = delta === null ? null : Math.floor(now / 30_000) + delta;
    if (step === null || (factor.lastChallengeStep ?? -1) >= step) {
      throw new HttpError(422, 'mfa_verification_failed', 'Invalid TOTP code entered');
    }
    factor.lastChallengeStep = step;
    factor.status = 'verified';
    session.aal = 'aal2';
    session.amr = [{ method: 'totp', timestamp: Math.floor(now / 1000) }, ...session.amr];
    return this.sessionResponse(user, session);
  }

  private logout(user: FakeUser, current: Session, scope: string): void {
    for (const s of this.sessions.values()) {
      if (s.userId !== user.id) continue;
      const isCurrent = s.id === current.id;
      if (scope === 'global' || (scope === 'local' && isCurrent) || (scope === 'others' && !isCurrent)) s.revoked = true;
    }
  }

  /** Verifies a Bearer JWT like GoTrue's requireAuthentication + session lookup. */
  private async authenticate(authorization: string | null): Promise<{ user: FakeUser; session: Session }> {
    const token = authorization?.match(/^Bearer (\S+)$/i)?.[1];
    if (!token) throw new HttpError(401, 'no_authorization', 'This endpoint requires a valid Bearer token');
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.publicKey, { algorithms: ['ES256'], issuer: this.issuer, audience: 'authenticated' }));
    } catch (err) {
      throw new HttpError(403, 'bad_jwt', `invalid JWT: unable to parse or verify signature, ${(err as Error).message}`);
    }
    const session = typeof payload.session_id === 'string' ? this.sessions.get(payload.session_id) : undefined;
    if (!session || session.revoked) throw new HttpError(403, 'session_not_found', 'Session from session_id claim in JWT does not exist');
    const user = typeof payload.sub === 'string' ? this.users.get(payload.sub) : undefined;
    if (!user) throw new HttpError(403, 'user_not_found', 'User from sub claim in JWT does not exist');
    return { user, session };
  }

  // ---------------------------------------------------------------- helpers

  private assertStrongPassword(password: string): void {
    if (password.length < this.options.minPasswordLength) {
      throw new HttpError(422, 'weak_password', `Password should be at least ${this.options.minPasswordLength} characters.`, {
        weak_password: { reasons: ['length'] },
      });
    }
  }

  private assertNotBanned(user: FakeUser): void {
    if (user.bannedUntil && Date.parse(user.bannedUntil) > Date.now()) throw new HttpError(400, 'user_banned', 'User is banned');
  }

  private mail(user: FakeUser, type: FakeMail['type'], redirectTo: string | null, pkce: boolean): void {
    const otp = String(randomInt(0, 1_000_000)).padStart(6, '0');
    // GoTrue: sha224(email + otp), hex; PKCE flows prefix it with "pkce_".
    const hash = createHash('sha224')
      .update(user.email + otp)
      .digest('hex');
    const tokenHash = pkce ? `pkce_${hash}` : hash;
    // A new link replaces older ones of the same kind (GoTrue keeps one per user and type).
    for (const t of this.oneTimeTokens) if (t.userId === user.id && t.type === type) t.used = true;
    this.oneTimeTokens.push({
      tokenHash,
      otp,
      userId: user.id,
      type,
      expiresAt: Date.now() + this.options.otpTtlSeconds * 1000,
      used: false,
    });
    this.mailbox.push({ to: user.email, type, tokenHash, otp, redirectTo, sentAt: Date.now() });
  }

  private issueSession(user: FakeUser, method: string) {
    const now = Math.floor(Date.now() / 1000);
    const session: Session = {
      id: randomUUID(),
      userId: user.id,
      createdAt: now,
      revoked: false,
      aal: 'aal1',
      amr: [{ method, timestamp: now }],
    };
    this.sessions.set(session.id, session);
    user.lastSignInAt = new Date().toISOString();
    return this.sessionResponse(user, session);
  }

  private async sessionResponse(user: FakeUser, session: Session) {
    const refresh: RefreshToken = { token: randomBytes(9).toString('base64url'), sessionId: session.id, revoked: false };
    this.refreshTokens.set(refresh.token, refresh);
    const ttl = this.options.accessTokenTtlSeconds;
    const accessToken = await this.signAccessToken(
      {
        sub: user.id,
        aud: 'authenticated',
        email: user.email,
        phone: '',
        app_metadata: { provider: 'email', providers: ['email'] },
        user_metadata: { ...user.userMetadata, email: user.email, email_verified: Boolean(user.emailConfirmedAt), sub: user.id },
        role: 'authenticated',
        aal: session.aal,
        amr: session.amr,
        session_id: session.id,
        is_anonymous: false,
      },
      { expiresIn: ttl },
    );
    return {
      access_token: accessToken,
      token_type: 'bearer',
      expires_in: ttl,
      expires_at: Math.floor(Date.now() / 1000) + ttl,
      refresh_token: refresh.token,
      user: userJson(user),
    };
  }
}

export async function startFakeSupabaseAuth(options: FakeSupabaseAuthOptions = {}): Promise<FakeSupabaseAuth> {
  return new FakeSupabaseAuth(options).start();
}

function userJson(user: FakeUser) {
  return {
    id: user.id,
    aud: 'authenticated',
    role: 'authenticated',
    email: user.email,
    email_confirmed_at: user.emailConfirmedAt,
    phone: '',
    confirmed_at: user.emailConfirmedAt,
    last_sign_in_at: user.lastSignInAt,
    app_metadata: { provider: 'email', providers: ['email'] },
    user_metadata: user.userMetadata,
    identities: [
      {
        identity_id: randomUUID(),
        id: user.id,
        user_id: user.id,
        identity_data: { email: user.email, email_verified: Boolean(user.emailConfirmedAt), sub: user.id },
        provider: 'email',
        created_at: user.createdAt,
        updated_at: user.updatedAt,
        email: user.email,
      },
    ],
    factors: (user.factors ?? []).map((f) => ({
      id: f.id,
      friendly_name: f.friendlyName,
      factor_type: 'totp',
      status: f.status,
      created_at: f.createdAt,
      updated_at: f.createdAt,
    })),
    created_at: user.createdAt,
    updated_at: user.updatedAt,
    is_anonymous: false,
  };
}

function header(req: http.IncomingMessage, name: string): string | null {
  const v = req.headers[name];
  return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function objectOr(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function safeEqual(a: string, b: string): boolean {
  const x = createHash('sha256').update(a).digest();
  const y = createHash('sha256').update(b).digest();
  return timingSafeEqual(x, y);
}

async function readJson(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  try {
    return objectOr(JSON.parse(text));
  } catch {
    throw new HttpError(400, 'bad_json', 'Could not parse request body as JSON');
  }
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function sendError(res: http.ServerResponse, apiVersion: string | null, err: HttpError): void {
  if (apiVersion && apiVersion >= API_VERSION_2024) {
    sendJson(res, err.status, { code: err.code, message: err.message, ...err.extra }, { 'x-supabase-api-version': API_VERSION_2024 });
  } else {
    sendJson(res, err.status, { code: err.status, error_code: err.code, msg: err.message, ...err.extra }, { 'x-sb-error-code': err.code });
  }
}
