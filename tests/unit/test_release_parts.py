"""The pure parts of `kzfp release`: archive bytes, checksums, previous version, changelog sections."""

from __future__ import annotations

import hashlib
import io
import subprocess
import zipfile
from pathlib import Path

import pytest

from pipeline.commands import release

MEMBERS = {
    "datapackage.json": b'{"version": "0.1.0"}\n',
    "build/passages.csv": b"passage_id\nakiner_efp:sen0001\n",
    "CITATION.cff": b"cff-version: 1.2.0\n",
}


def test_archive_is_byte_reproducible_sorted_and_has_fixed_metadata():
    stamp = release.zip_date_time(1763900000)
    one = release.write_archive(MEMBERS, "kzfp-0.1.0", stamp)
    assert one == release.write_archive(dict(reversed(list(MEMBERS.items()))), "kzfp-0.1.0", stamp)
    with zipfile.ZipFile(io.BytesIO(one)) as archive:
        infos = archive.infolist()
        assert [i.filename for i in infos] == [f"kzfp-0.1.0/{n}" for n in sorted(MEMBERS)]
        for info in infos:
            assert info.date_time == stamp and info.create_system == 3
            assert info.external_attr >> 16 == 0o100644 and info.extra == b""
            assert archive.read(info) == MEMBERS[info.filename.split("/", 1)[1]]


def test_timestamps_are_utc_and_not_before_1980():
    assert release.zip_date_time(0) == (1980, 1, 1, 0, 0, 0)
    assert release.zip_date_time(1763900000) == (2025, 11, 23, 12, 13, 20)


def test_archive_refuses_paths_outside_the_folder():
    with pytest.raises(ValueError):
        release.write_archive({"../x": b""}, "kzfp-0.1.0", (1980, 1, 1, 0, 0, 0))
    with pytest.raises(ValueError):
        release.write_archive({"/etc/x": b""}, "kzfp-0.1.0", (1980, 1, 1, 0, 0, 0))


def test_sha256sums_is_sha256sum_check_input(tmp_path):
    sums = release.sha256sums(MEMBERS).decode()
    assert sums.splitlines()[0] == f"{hashlib.sha256(MEMBERS['CITATION.cff']).hexdigest()}  CITATION.cff"
    for name, data in MEMBERS.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    (tmp_path / "SHA256SUMS").write_text(sums)
    done = subprocess.run(
        ["sha256sum", "--check", "--strict", "SHA256SUMS"], cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_previous_release_is_the_highest_lower_version():
    names = [
        "kzfp-0.1.0.zip",
        "kzfp-0.2.0.zip",
        "kzfp-0.10.0.zip",
        "kzfp-0.9.1.zip",
        "kzfp-1.0.0.zip",
        "other-0.9.9.zip",
        "kzfp-0.9.2.zip.tmp",
        "kzfp-latest.zip",
    ]
    paths = [Path("dist") / n for n in names]
    assert release.find_previous(paths, "kzfp", "0.10.0") == Path("dist/kzfp-0.9.1.zip")
    assert release.find_previous(paths, "kzfp", "0.11.0") == Path("dist/kzfp-0.10.0.zip")
    assert release.find_previous(paths, "kzfp", "0.1.0") is None


HEADER = "# Changelog\n\nHand-written header.\n"


def test_changelog_section_is_added_newest_first_and_regenerated_idempotently():
    first = release.changelog_with_section(HEADER, "0.1.0", "### Summary\n\nFirst release.")
    assert first.startswith(HEADER + "\n## 0.1.0\n\n" + release.BEGIN)
    assert release.changelog_with_section(first, "0.1.0", "### Summary\n\nFirst release.") == first
    second = release.changelog_with_section(first, "0.2.0", "### Summary\n\nTwo passages added.")
    assert second.index("## 0.2.0") < second.index("## 0.1.0")
    assert release.changelog_with_section(second, "0.2.0", "### Summary\n\nTwo passages added.") == second
    regenerated = release.changelog_with_section(second, "0.2.0", "### Summary\n\nThree passages added.")
    assert "Three passages added." in regenerated and "Two passages added." not in regenerated
    assert regenerated.split("## 0.1.0")[1] == second.split("## 0.1.0")[1]
    patch = release.changelog_with_section(second, "0.1.1", "x")
    assert patch.index("## 0.2.0") < patch.index("## 0.1.1") < patch.index("## 0.1.0")
    assert release.earlier_versions(second, "0.2.0") == ["0.1.0"]


def test_hand_written_notes_in_a_section_are_kept_above_the_generated_part():
    text = release.changelog_with_section(HEADER, "0.2.0", "generated one")
    text = text.replace("## 0.2.0\n\n", "## 0.2.0\n\nAdded the Engvall and Cornell text.\n\n")
    again = release.changelog_with_section(text, "0.2.0", "generated two")
    assert "Added the Engvall and Cornell text.\n\n" + release.BEGIN in again
    assert "generated two" in again and "generated one" not in again
    assert release.changelog_with_section(again, "0.2.0", "generated two") == again


def test_a_missing_changelog_gets_the_standard_header():
    text = release.changelog_with_section("", "0.1.0", "x")
    assert text.startswith(release.CHANGELOG_HEADER.strip() + "\n\n## 0.1.0\n")


def test_timestamp_is_source_date_epoch_else_the_commit_time_else_1980(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert release.release_epoch(tmp_path) == release.ZIP_EPOCH
    env = {
        "GIT_AUTHOR_DATE": "2026-01-02T03:04:06Z",
        "GIT_COMMITTER_DATE": "2026-01-02T03:04:06Z",
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
        "PATH": __import__("os").environ["PATH"],
    }
    (tmp_path / "f").write_text("x")
    for args in (["init", "-q"], ["add", "f"], ["commit", "-q", "-m", "c"]):
        subprocess.run(["git", *args], cwd=tmp_path, env=env, check=True, capture_output=True)
    assert release.zip_date_time(release.release_epoch(tmp_path)) == (2026, 1, 2, 3, 4, 6)
    (tmp_path / "sub").mkdir()
    assert release.release_epoch(tmp_path / "sub") == release.ZIP_EPOCH  # not the repository's root
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert release.release_epoch(tmp_path) == 1700000000
