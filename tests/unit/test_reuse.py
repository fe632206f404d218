"""A published file is copied from the cache only when it was built from the same inputs, and only intact."""

from pathlib import Path

from pipeline.package import reuse


def _builder(calls: list[str], content: bytes):
    def build(path: Path) -> None:
        calls.append(path.name)
        path.write_bytes(content)

    return build


def test_the_same_key_copies_the_cached_file_instead_of_building(tmp_path):
    calls: list[str] = []
    cache = tmp_path / "cache"
    first, second = tmp_path / "v1" / "kzfp.duckdb", tmp_path / "v2" / "kzfp.duckdb"
    first.parent.mkdir(), second.parent.mkdir()
    key = reuse.key([b"tables", b"statements"])
    assert reuse.reuse_or_build(first, key, _builder(calls, b"built once"), cache) is False
    assert reuse.reuse_or_build(second, key, _builder(calls, b"built twice"), cache) is True
    assert calls == ["kzfp.duckdb"]
    assert second.read_bytes() == b"built once"
    second.write_bytes(b"a reader changed the published copy")  # the cache keeps its own copy
    assert (cache / "kzfp.duckdb" / f"{key}.duckdb").read_bytes() == b"built once"


def test_another_key_builds_and_replaces_the_cached_entry(tmp_path):
    calls: list[str] = []
    cache, out = tmp_path / "cache", tmp_path / "kzfp.duckdb"
    reuse.reuse_or_build(out, reuse.key([b"a"]), _builder(calls, b"from a"), cache)
    assert reuse.reuse_or_build(out, reuse.key([b"b"]), _builder(calls, b"from b"), cache) is False
    assert out.read_bytes() == b"from b" and len(calls) == 2
    assert sorted(p.name for p in (cache / "kzfp.duckdb").iterdir()) == sorted(
        [f"{reuse.key([b'b'])}.duckdb", f"{reuse.key([b'b'])}.sha256"]
    )


def test_a_damaged_cached_file_is_rebuilt_not_published(tmp_path):
    calls: list[str] = []
    cache, out = tmp_path / "cache", tmp_path / "kzfp.duckdb"
    key = reuse.key([b"tables"])
    reuse.reuse_or_build(out, key, _builder(calls, b"good bytes"), cache)
    (cache / "kzfp.duckdb" / f"{key}.duckdb").write_bytes(b"truncated")
    assert reuse.reuse_or_build(out, key, _builder(calls, b"good bytes"), cache) is False
    assert out.read_bytes() == b"good bytes" and len(calls) == 2


def test_parts_are_delimited_so_that_moving_bytes_between_them_changes_the_key():
    assert reuse.key([b"ab", b"c"]) != reuse.key([b"a", b"bc"])
    assert reuse.key([b"ab", b"c"]) == reuse.key([b"ab", b"c"])


def test_without_a_cache_folder_it_always_builds(tmp_path):
    calls: list[str] = []
    out = tmp_path / "kzfp.duckdb"
    assert reuse.reuse_or_build(out, "k", _builder(calls, b"x"), None) is False
    assert reuse.reuse_or_build(out, "k", _builder(calls, b"x"), None) is False
    assert len(calls) == 2
