"""Print the README's table of environment variables, generated from core_platform.config.ENV_VARS.

Run: `python scripts/env_table.py`, then paste the output over the table in README.md.
tests/deploy/test_readme.py fails while the README's table differs from this output.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "libs"))

from core_platform.config import ENV_VARS  # noqa: E402


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def env_table() -> str:
    rows = ["| variable | default when unset | what it sets |", "|---|---|---|"]
    rows += [
        f"| `{name}` | {_cell(default)} | {_cell(description)} |" for name, (default, description) in ENV_VARS.items()
    ]
    return "\n".join(rows) + "\n"


if __name__ == "__main__":
    sys.stdout.write(env_table())
