"""The explorer's pages are kept between builds only under the checksum of what they were made from."""

from __future__ import annotations

import pandas as pd

from pipeline import graph
from pipeline.site import write as site


def _counting_renderer(monkeypatch, calls: list[int]):
    def render(tables, cache=None):
        calls.append(1)
        return {"index.html": f"<p>{len(tables['facts'])} facts</p>", "fact/f1.html": "<p>one</p>"}

    monkeypatch.setattr(site, "render_site", render)


def test_the_same_tables_reuse_the_pages_and_other_tables_render_again(tmp_path, monkeypatch):
    calls: list[int] = []
    _counting_renderer(monkeypatch, calls)
    tables = {"facts": pd.DataFrame({"fact_id": ["f1"]})}
    first = site.write_site(tables, tmp_path / "v1", tmp_path / "cache", made_from="tables-a")
    site.write_site({"facts": pd.DataFrame()}, tmp_path / "v2", tmp_path / "cache", made_from="tables-a")
    assert len(calls) == 1  # the second build took the kept pages
    assert (tmp_path / "v2" / "index.html").read_text(encoding="utf-8") == "<p>1 facts</p>"
    assert first == [tmp_path / "v1" / "fact" / "f1.html", tmp_path / "v1" / "index.html"]
    site.write_site({"facts": pd.DataFrame()}, tmp_path / "v3", tmp_path / "cache", made_from="tables-b")
    assert len(calls) == 2
    assert (tmp_path / "v3" / "index.html").read_text(encoding="utf-8") == "<p>0 facts</p>"


def test_without_the_checksum_of_the_tables_the_pages_are_always_rendered(tmp_path, monkeypatch):
    calls: list[int] = []
    _counting_renderer(monkeypatch, calls)
    tables = {"facts": pd.DataFrame({"fact_id": ["f1"]})}
    site.write_site(tables, tmp_path / "v1", tmp_path / "cache")
    site.write_site(tables, tmp_path / "v2", tmp_path / "cache")
    assert len(calls) == 2
    assert not (tmp_path / "cache" / site.PAGES_MEMO).exists()


def test_a_changed_site_code_renders_again(tmp_path, monkeypatch):
    calls: list[int] = []
    _counting_renderer(monkeypatch, calls)
    tables = {"facts": pd.DataFrame({"fact_id": ["f1"]})}
    site.write_site(tables, tmp_path / "v1", tmp_path / "cache", made_from="tables-a")
    monkeypatch.setattr(site.fingerprint, "code_version", lambda root, modules: "edited")
    site.write_site(tables, tmp_path / "v2", tmp_path / "cache", made_from="tables-a")
    assert len(calls) == 2


def test_the_checksum_of_the_validated_tables_follows_the_bytes_of_each_table_file(tmp_path):
    for name in graph.TABLE_ORDER:
        pd.DataFrame({"x": [1]}).to_parquet(tmp_path / f"{name}.parquet")
    before = graph.validated_checksum(tmp_path)
    assert graph.validated_checksum(tmp_path) == before
    pd.DataFrame({"x": [2]}).to_parquet(tmp_path / "evidence.parquet")
    assert graph.validated_checksum(tmp_path) != before


def test_what_the_published_files_are_kept_under_follows_the_code_handing_them_the_tables(tmp_path, monkeypatch):
    from pipeline import runner

    for name in graph.TABLE_ORDER:
        pd.DataFrame({"x": [1]}).to_parquet(tmp_path / f"{name}.parquet")
    monkeypatch.setattr(runner, "WORK", tmp_path)
    before = runner._tables_checksum()
    digest = runner.fingerprint.file_digest
    monkeypatch.setattr(runner.fingerprint, "file_digest", lambda p: "edited" if p.name == "runner.py" else digest(p))
    assert runner._tables_checksum() != before
