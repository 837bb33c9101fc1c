"""Identity's signing keys. Several may be configured at once so a key can rotate without downtime:
the first signs, all are published by GetPublicKeys (and accepted by identity itself).

`IDENTITY_SIGNING_KEY` holds one PEM private key, or several PEM blocks one after another. Embedded,
the keys are the `*.pem` files in `var/keys/`: `identity-signing-key.pem` (generated if missing)
signs, any other `identity-signing-key*.pem` is published too. To rotate (ADR 0003):
1. add the new key after the current one, so it is published but not yet used;
2. once every replica and cache has it (a few minutes), put it first: it signs, the old one stays
   published while its tokens live (at most 15 minutes);
3. remove the old key.
"""

from __future__ import annotations

import re
from pathlib import Path

from core_platform.auth.tokens import SigningKey, kid_for, load_or_create_signing_key

_PEM_BLOCK = re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----", re.DOTALL)


def split_pem_blocks(text: str) -> list[bytes]:
    # An environment variable may carry literal "\n" instead of new lines.
    text = text.replace("\\n", "\n")
    return [block.encode() + b"\n" for block in _PEM_BLOCK.findall(text)]


def keys_from_pem_text(text: str) -> list[SigningKey]:
    blocks = split_pem_blocks(text)
    if not blocks:
        raise ValueError("IDENTITY_SIGNING_KEY holds no PEM private key")
    keys: list[SigningKey] = []
    for pem in blocks:
        key = SigningKey(kid_for(pem), pem)
        if key.kid not in {known.kid for known in keys}:
            keys.append(key)
    return keys


def load_signing_keys(pem_from_env: str, key_file: Path) -> list[SigningKey]:
    """The configured keys, the signing one first."""
    if pem_from_env:
        return keys_from_pem_text(pem_from_env)
    signing = load_or_create_signing_key("", key_file)
    others = sorted(path for path in key_file.parent.glob("identity-signing-key*.pem") if path != key_file)
    keys = [signing]
    for path in others:
        pem = path.read_bytes()
        key = SigningKey(kid_for(pem), pem)
        if key.kid not in {known.kid for known in keys}:
            keys.append(key)
    return keys
