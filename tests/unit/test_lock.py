"""requirements.lock pins every package with its hashes, from requirements.in, and the Makefile checks them.

(`make .venv` itself is the end-to-end check: pip refuses to install a file whose hash is not listed.)
"""

from __future__ import annotations

import re

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.helpers import ROOT


def requirements(path) -> list[tuple[Requirement, list[str]]]:
    """(requirement, its --hash values) of each entry of a requirements file (continuation lines joined)."""
    text = re.sub(r"\\\n", " ", path.read_text(encoding="utf-8"))
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            spec, *options = line.split(" --")
            out.append(
                (Requirement(spec.strip()), [o.split("=", 1)[1].strip() for o in options if o.startswith("hash=")])
            )
    return out


def test_every_locked_package_is_pinned_with_sha256_hashes():
    locked = requirements(ROOT / "requirements.lock")
    assert locked
    for requirement, hashes in locked:
        assert re.fullmatch(r"==[^,*]+", str(requirement.specifier)), requirement
        assert hashes and all(re.fullmatch(r"sha256:[0-9a-f]{64}", h) for h in hashes), requirement


def test_the_lock_holds_every_direct_dependency_at_its_version():
    locked = {
        canonicalize_name(r.name): (str(r.specifier), r.extras) for r, _ in requirements(ROOT / "requirements.lock")
    }
    for requirement, _ in requirements(ROOT / "requirements.in"):
        assert locked.get(canonicalize_name(requirement.name)) == (str(requirement.specifier), requirement.extras), (
            f"{requirement}: run 'make lock'"
        )


def test_the_makefile_installs_with_require_hashes_and_has_the_lock_target():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--require-hashes -r requirements.lock" in makefile
    assert re.search(r"^lock: requirements.in\n(\t.*\n)*\t.*pip-compile --quiet --generate-hashes", makefile, re.M)
