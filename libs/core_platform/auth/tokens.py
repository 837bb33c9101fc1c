"""Short-lived access tokens: ES256 JWTs signed by identity, with a key id so keys can rotate.

Identity holds the private keys (`TokenSigner`); every service verifies with the public keys it
fetched from identity (`TokenVerifier` over a `PublicKeySource`). Several keys may be valid at
once, so a new key can be introduced before the old one stops being used.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from core_platform.auth.principal import Principal
from core_platform.errors import Unauthenticated

ALGORITHM = "ES256"
ISSUER = "core-identity"
AUDIENCE = "core"
USER_TOKEN_TTL_SECONDS = 300
CLIENT_TOKEN_TTL_SECONDS = 900


@dataclass(frozen=True)
class SigningKey:
    kid: str
    private_pem: bytes

    @property
    def public_pem(self) -> str:
        private = serialization.load_pem_private_key(self.private_pem, password=None)
        return (
            private.public_key()
            .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
            .decode()
        )


def generate_private_pem() -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def kid_for(private_pem: bytes) -> str:
    """A stable key id derived from the public key, so every process names a key the same way."""
    public = SigningKey("", private_pem).public_pem
    return uuid.uuid5(uuid.NAMESPACE_OID, public).hex[:16]


def load_or_create_signing_key(pem_from_env: str, key_file: Path) -> SigningKey:
    if pem_from_env:
        pem = pem_from_env.encode()
    elif key_file.exists():
        pem = key_file.read_bytes()
    else:
        key_file.parent.mkdir(parents=True, exist_ok=True)
        pem = generate_private_pem()
        tmp = key_file.with_suffix(".tmp")
        tmp.write_bytes(pem)
        tmp.chmod(0o600)
        tmp.replace(key_file)
        pem = key_file.read_bytes()
    return SigningKey(kid_for(pem), pem)


class TokenSigner:
    def __init__(self, key: SigningKey, clock: Callable[[], float] = time.time) -> None:
        self._key = key
        # Parsed once: every page view has identity issue a token, and parsing the PEM cost more than signing.
        private = serialization.load_pem_private_key(key.private_pem, password=None)
        if not isinstance(private, ec.EllipticCurvePrivateKey):
            raise ValueError("the signing key must be an EC (P-256) key")
        self._private = private
        self._clock = clock

    @property
    def key(self) -> SigningKey:
        return self._key

    def issue(self, principal: Principal, ttl_seconds: int) -> tuple[str, int]:
        """Return the token and its expiry (epoch seconds)."""
        now = int(self._clock())
        exp = now + ttl_seconds
        claims = {
            "iss": ISSUER,
            "aud": AUDIENCE,
            "sub": principal.subject,
            "kind": principal.kind,
            "org": principal.organisation_id,
            "role": principal.role,
            "scope": " ".join(principal.scopes),
            "iat": now,
            "exp": exp,
            "jti": uuid.uuid4().hex,
        }
        token = jwt.encode(claims, self._private, algorithm=ALGORITHM, headers={"kid": self._key.kid})
        return token, exp


PublicKeySource = Callable[[], dict[str, str]]  # kid -> public key PEM


class TokenVerifier:
    """Verifies tokens against the current public keys, refetching them when a new kid appears."""

    def __init__(
        self, source: PublicKeySource, clock: Callable[[], float] = time.time, refetch_after: float = 30
    ) -> None:
        self._source = source
        self._clock = clock
        self._keys: dict[str, str] = {}
        # Parsed once per key: loading the PEM took about half the time of each verification.
        self._parsed: dict[str, ec.EllipticCurvePublicKey] = {}
        self._fetched_at = 0.0
        self._refetch_after = refetch_after
        self._lock = threading.Lock()

    def _key_for(self, kid: str) -> ec.EllipticCurvePublicKey:
        with self._lock:
            stale = self._clock() - self._fetched_at > self._refetch_after
            if kid not in self._keys and (stale or not self._keys):
                self._keys = self._source()
                self._fetched_at = self._clock()
            pem = self._keys.get(kid)
            if pem is None:
                raise Unauthenticated("Access token signed with an unknown key")
            if pem not in self._parsed:
                loaded = serialization.load_pem_public_key(pem.encode())
                if not isinstance(loaded, ec.EllipticCurvePublicKey):
                    raise Unauthenticated("Access token signed with an unknown key")
                self._parsed[pem] = loaded
            return self._parsed[pem]

    def verify(self, token: str) -> Principal:
        try:
            kid = jwt.get_unverified_header(token).get("kid", "")
        except jwt.PyJWTError as exc:
            raise Unauthenticated("Malformed access token") from exc
        key = self._key_for(str(kid))
        try:
            claims = jwt.decode(
                token,
                key,
                algorithms=[ALGORITHM],
                audience=AUDIENCE,
                issuer=ISSUER,
                options={"require": ["exp", "iat", "sub"]},
                leeway=0,
            )
        except jwt.ExpiredSignatureError as exc:
            raise Unauthenticated("Access token expired") from exc
        except jwt.PyJWTError as exc:
            raise Unauthenticated("Invalid access token") from exc
        return Principal(
            subject=claims["sub"],
            kind=claims.get("kind", ""),
            organisation_id=claims.get("org", ""),
            role=claims.get("role", ""),
            scopes=tuple(filter(None, claims.get("scope", "").split(" "))),
        )
