// A real OpenID Connect provider on loopback for Signaal's SSO tests: the npm package `oidc-provider`
// (panva/node-oidc-provider, an OpenID Certified implementation), with test users and a small control API.
//
//   node server.mjs            listens on 127.0.0.1 at a port the OS picks and prints one JSON line:
//                              {"issuer": "http://127.0.0.1:<port>"}
//
// The provider itself is unmodified: discovery, authorization (code flow, PKCE required), token, userinfo,
// JWKS and RP-initiated logout are the library's. Around it, for the tests only:
//   /interaction/<uid>         the login page (username + password of a test user; consent is implied)
//   POST /_test/reset          a fresh provider (clients, users, options); sessions and codes start empty
//   PUT  /_test/users/<name>   add or change a test user (password, claims), e.g. other groups at next login
//   POST /_test/tamper         the next token response's ID token is altered and re-signed with the
//                              provider's key: {"aud": ...}, {"iss": ...}, {"expired": true}, {"replay": true}
//                              (the ID token of the previous login), {"bad_signature": true}
//   POST /_test/fail           answer requests to a provider path with an HTTP error: {"path", "status"}
//   GET  /_test/events         what happened: logins, token responses, ended sessions
// Nothing here is reachable from outside the machine (it listens on 127.0.0.1 only).

import http from 'node:http';

import { SignJWT, decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, importJWK } from 'jose';
import Provider from 'oidc-provider';

const HOST = '127.0.0.1';
const DEFAULT_EXTRA_CLAIMS = ['personnel_number', 'unit_code', 'groups', 'managed_units'];

const { privateKey } = await generateKeyPair('RS256', { extractable: true });
const signingJwk = { ...(await exportJWK(privateKey)), kid: 'signaal-test-1', alg: 'RS256', use: 'sig' };
const signingKey = await importJWK(signingJwk, 'RS256');

let issuer = '';
let provider = null;
let users = {};
let events = [];
let tamper = null;
let failures = {};
let lastIdToken = null;

const escapeHtml = (value) => String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title, body) {
  return `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res, status, body, type = 'application/json') {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  res.end(type === 'application/json' ? JSON.stringify(body) : body);
}

async function tamperedIdToken(original) {
  const mode = tamper;
  tamper = null;
  if (mode.replay) {
    return lastIdToken || original;
  }
  const header = decodeProtectedHeader(original);
  const payload = decodeJwt(original);
  if (mode.aud) payload.aud = mode.aud;
  if (mode.iss) payload.iss = mode.iss;
  if (mode.expired) {
    const now = Math.floor(Date.now() / 1000);
    payload.iat = now - 7200;
    payload.exp = now - 3600;
  }
  const signed = await new SignJWT(payload).setProtectedHeader(header).sign(signingKey);
  if (mode.bad_signature) {
    const [h, p, s] = signed.split('.');
    return [h, p, s.slice(0, -4) + (s.endsWith('AAAA') ? 'BBBB' : 'AAAA')].join('.');
  }
  return signed;
}

function providerCreate({ clients, extraClaims = DEFAULT_EXTRA_CLAIMS, conformIdTokenClaims = true }) {
  const created = new Provider(issuer, {
    clients,
    jwks: { keys: [signingJwk] },
    cookies: { keys: ['signaal-test-provider-only'] },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'given_name', 'family_name', 'preferred_username'],
      signaal: extraClaims,
    },
    conformIdTokenClaims,
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          ctx.body = page('Uitloggen bij de test-IdP', `${form}
<p>Wil je ook uitloggen bij de test-IdP?</p>
<button type="submit" form="op.logoutForm" name="logout" value="yes">Ja, uitloggen</button>
<button type="submit" form="op.logoutForm">Nee, ingelogd blijven</button>`);
        },
        async postLogoutSuccessSource(ctx) {
          ctx.body = page('Uitgelogd bij de test-IdP', '<p>Je bent uitgelogd.</p>');
        },
      },
    },
    interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(ctx, sub) {
      const user = users[sub];
      if (!user) return undefined;
      return { accountId: sub, claims: async () => ({ ...user.claims, sub }) };
    },
    async loadExistingGrant(ctx) {
      // Consent is implied for the test client: every requested scope is granted.
      const { Grant } = ctx.oidc.provider;
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      const grant = (grantId && (await Grant.find(grantId)))
        || new Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope([...ctx.oidc.requestParamScopes].join(' '));
      await grant.save();
      return grant;
    },
    async renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = page('Fout bij de test-IdP', Object.entries(out)
        .map(([key, value]) => `<p><strong>${escapeHtml(key)}</strong>: ${escapeHtml(value)}</p>`).join(''));
    },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      ClientCredentials: 600,
      Grant: 3600,
      IdToken: 600,
      Interaction: 600,
      Session: 3600,
    },
  });
  created.use(async (ctx, next) => {
    const failure = failures[ctx.path];
    if (failure) {
      ctx.status = failure.status;
      ctx.body = { error: 'server_error', error_description: 'test: failing on purpose' };
      return;
    }
    await next();
    if (ctx.path === '/token' && ctx.status === 200 && ctx.body?.id_token) {
      const original = ctx.body.id_token;
      if (tamper) {
        ctx.body = { ...ctx.body, id_token: await tamperedIdToken(original) };
      }
      lastIdToken = original;
      events.push({ type: 'token', sub: decodeJwt(original).sub });
    }
  });
  created.on('end_session.success', (ctx) => {
    events.push({ type: 'end_session', sub: ctx.oidc.session?.accountId || null });
  });
  created.on('server_error', (ctx, error) => {
    events.push({ type: 'server_error', message: String(error) });
  });
  return created;
}

async function interaction(req, res, url) {
  const parts = url.pathname.split('/').filter(Boolean); // ['interaction', uid, ('login')]
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name !== 'login') {
    return provider.interactionFinished(req, res, {}, { mergeWithLastSubmission: true });
  }
  let error = '';
  if (req.method === 'POST' && parts[2] === 'login') {
    const form = new URLSearchParams(await readBody(req));
    const username = form.get('username') || '';
    const user = users[username];
    if (user && user.password === form.get('password')) {
      events.push({ type: 'login', sub: username });
      return provider.interactionFinished(req, res, { login: { accountId: username } }, {
        mergeWithLastSubmission: false,
      });
    }
    error = '<p role="alert">Onbekende gebruiker of verkeerd wachtwoord.</p>';
  }
  return send(res, 200, page('Inloggen bij de test-IdP', `${error}
<form method="post" action="/interaction/${escapeHtml(details.uid)}/login">
<p><label for="username">Gebruikersnaam</label> <input id="username" name="username" autocomplete="off"></p>
<p><label for="password">Wachtwoord</label> <input id="password" name="password" type="password"></p>
<p><button type="submit">Inloggen bij de test-IdP</button></p>
</form>`), 'text/html; charset=utf-8');
}

async function control(req, res, url) {
  const body = req.method === 'GET' ? {} : JSON.parse((await readBody(req)) || '{}');
  if (req.method === 'POST' && url.pathname === '/_test/reset') {
    users = body.users || {};
    events = [];
    tamper = null;
    failures = {};
    lastIdToken = null;
    provider = providerCreate({
      clients: body.clients || [],
      extraClaims: body.extra_claims || DEFAULT_EXTRA_CLAIMS,
      conformIdTokenClaims: body.conform_id_token_claims !== false,
    });
    return send(res, 200, { issuer });
  }
  if (req.method === 'PUT' && url.pathname.startsWith('/_test/users/')) {
    users[decodeURIComponent(url.pathname.slice('/_test/users/'.length))] = body;
    return send(res, 200, { ok: true });
  }
  if (req.method === 'POST' && url.pathname === '/_test/tamper') {
    tamper = body;
    return send(res, 200, { ok: true });
  }
  if (req.method === 'POST' && url.pathname === '/_test/fail') {
    failures[body.path] = { status: body.status || 503 };
    return send(res, 200, { ok: true });
  }
  if (req.method === 'GET' && url.pathname === '/_test/events') {
    return send(res, 200, events);
  }
  return send(res, 404, { error: 'unknown control path' });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, issuer);
  try {
    if (url.pathname.startsWith('/_test/')) return await control(req, res, url);
    if (!provider) return send(res, 503, { error: 'not reset yet: POST /_test/reset first' });
    if (url.pathname.startsWith('/interaction/')) return await interaction(req, res, url);
    return provider.callback()(req, res);
  } catch (error) {
    events.push({ type: 'server_error', message: String(error) });
    return send(res, 500, { error: String(error) });
  }
});

server.listen(0, HOST, () => {
  issuer = `http://${HOST}:${server.address().port}`;
  process.stdout.write(`${JSON.stringify({ issuer })}\n`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
