"""Write the data package: CSV and Parquet tables, a DuckDB file and `datapackage.json`.

Everything is written into a staging folder first and moved into place only after every table
passed validation, so a failed or interrupted build leaves the last published package as it was
(`commit` says what is atomic and what is not).
Row order is each table's primary key, CSVs are UTF-8 with LF line ends, and nothing carries a
clock time, so the same inputs give byte-identical CSV, Parquet and `datapackage.json`.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import yaml

from pipeline import metadata
from pipeline.curation import status_summary
from schemas import TABLES
from schemas.frictionless import field_type, model_description, model_metadata, table_schema

DATA_DIR = "build"
DUCKDB_FILE = "kzfp.duckdb"
PACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
TABLE_PROFILE = "https://datapackage.org/profiles/2.0/tableschema.json"
ARROW_TYPE = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(),
              "boolean": pa.bool_(), "date": pa.date32()}
DUCKDB_TYPE = {"string": "VARCHAR", "integer": "BIGINT", "number": "DOUBLE", "boolean": "BOOLEAN",
               "date": "DATE"}


def sort_table(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Rows in primary-key order: the deterministic order of every output."""
    key = model_metadata(TABLES[name])["primary_key"]
    return frame.sort_values(key, kind="stable").reset_index(drop=True)


CSV_DIALECT = {"delimiter": ",", "quoteChar": "\"", "header": True}
"""Stated, not guessed: a reader that sniffs the separator can take ';' from a note's punctuation."""


def package(tables: dict[str, pd.DataFrame], meta: dict, extra_resources: list[dict] = ()) -> dict:
    """The `datapackage.json` descriptor (Data Package v2) for the given tables."""
    sources = metadata.package_sources(tables["sources"])
    resources = []
    for name in tables:
        model = TABLES[name]
        resources.append({
            "name": name, "type": "table", "path": f"{DATA_DIR}/{name}.csv", "scheme": "file",
            "format": "csv", "mediatype": "text/csv", "encoding": "utf-8", "dialect": CSV_DIALECT,
            "title": model_metadata(model).get("title", name), "description": model_description(model),
            "schema": {"$schema": TABLE_PROFILE, **table_schema(model)},
        })
    resources += [dict(r) for r in extra_resources]
    for resource in resources:  # the sources' own text keeps the sources' rights
        licenses = metadata.resource_licenses(resource["name"], tables["sources"])
        if licenses:
            resource["licenses"] = licenses
    return {
        "$schema": PACKAGE_PROFILE, "name": meta["name"], "title": meta["title"],
        "description": " ".join(filter(None, [meta["description"], status_summary(tables)])),
        "version": meta["version"], "keywords": meta["keywords"],
        **({"homepage": meta["homepage"]} if meta.get("homepage") else {}),
        "licenses": meta["licenses"], "contributors": metadata.contributors(meta, tables),
        "sources": sources + meta["reference_sources"], "resources": resources,
    }


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    frame.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")


def write_parquet(name: str, frame: pd.DataFrame, path: Path) -> None:
    schema = TABLES[name].to_schema()
    arrow_schema = pa.schema([(col, ARROW_TYPE[field_type(c)]) for col, c in schema.columns.items()])
    data = {col: _arrow_values(frame[col], field_type(c)) for col, c in schema.columns.items()}
    table = pa.Table.from_pydict(data, schema=arrow_schema)
    pq.write_table(table, path, compression="zstd", write_statistics=False)


def _arrow_values(series: pd.Series, ftype: str) -> list:
    values = [None if pd.isna(v) else v for v in series.astype(object)]
    if ftype == "date":
        return [None if v is None else pd.Timestamp(v).date() for v in values]
    return values


def table_statements(name: str, tables: dict) -> list[str]:
    """CREATE TABLE (types, NOT NULL, keys) and COMMENT statements of one table, from its model; foreign
    keys to the tables in `tables` created before it (the build's table order)."""
    model = TABLES[name]
    schema, meta = model.to_schema(), model_metadata(model)
    cols = [f'"{c}" {DUCKDB_TYPE[field_type(col)]}{"" if col.nullable else " NOT NULL"}'
            for c, col in schema.columns.items()]
    cols.append(f"PRIMARY KEY ({', '.join(meta['primary_key'])})")
    for fk in meta.get("foreign_keys", []):
        ref = fk["reference"]
        if ref["resource"] != name and ref["resource"] in tables:
            cols.append(f"FOREIGN KEY ({', '.join(fk['fields'])}) REFERENCES "
                        f"{ref['resource']} ({', '.join(ref['fields'])})")
    return ([f"CREATE TABLE {name} ({', '.join(cols)})",
             f"COMMENT ON TABLE {name} IS {_sql_str(model_description(model))}"]
            + [f'COMMENT ON COLUMN {name}."{c}" IS {_sql_str(col.description or "")}'
               for c, col in schema.columns.items()])


def write_duckdb(tables: dict[str, pd.DataFrame], path: Path, views: list[tuple[str, list]] = ()) -> None:
    """Materialise every table with types, keys and comments from the models, then create views."""
    con = duckdb.connect(str(path))
    try:
        for name, frame in tables.items():
            for statement in table_statements(name, tables):
                con.execute(statement)
            con.register("frame_to_load", frame)
            con.execute(f"INSERT INTO {name} SELECT * FROM frame_to_load")
            con.unregister("frame_to_load")
        for statement, parameters in views:
            con.execute(statement, parameters)
    finally:
        con.close()


def _sql_str(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def stage(tables: dict[str, pd.DataFrame], root: Path, staging: Path, views: list[tuple[str, list]] = (),
          extra_files: dict[str, bytes] | None = None, extra_resources: list[dict] = ()) -> list[tuple[Path, Path]]:
    """Write every output into `staging`; return (staged file, published path) pairs.

    `extra_files` (name -> bytes) are published in build/ with the tables; `extra_resources` are
    non-table resources of the package (e.g. the data dictionary among the extra files)."""
    meta = yaml.safe_load((root / "schemas" / "package.yaml").read_text(encoding="utf-8"))
    tables = {name: sort_table(name, frame) for name, frame in tables.items()}
    (staging / "parquet").mkdir(parents=True, exist_ok=True)
    moves = []
    for name, frame in tables.items():
        write_csv(frame, staging / f"{name}.csv")
        write_parquet(name, frame, staging / "parquet" / f"{name}.parquet")
        moves += [(staging / f"{name}.csv", root / DATA_DIR / f"{name}.csv"),
                  (staging / "parquet" / f"{name}.parquet", root / DATA_DIR / "parquet" / f"{name}.parquet")]
    write_duckdb(tables, staging / DUCKDB_FILE, views)
    moves.append((staging / DUCKDB_FILE, root / DATA_DIR / DUCKDB_FILE))
    for rel, data in sorted((extra_files or {}).items()):
        (staging / rel).parent.mkdir(parents=True, exist_ok=True)
        (staging / rel).write_bytes(data)
        moves.append((staging / rel, root / DATA_DIR / rel))
    descriptor = package(tables, meta, extra_resources)
    (staging / "datapackage.json").write_text(
        json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    moves.append((staging / "datapackage.json", root / "datapackage.json"))
    return moves


STAGING_PREFIX = ".staging-"
MANIFEST = "MOVES.json"
"""Written into the staging folder just before the first file is moved: the list of moves, so that
a publication killed half-way is completed by the next build (`recover`)."""


def commit(moves: list[tuple[Path, Path]], staging: Path) -> None:
    """Move staged files into place (datapackage.json last) and remove the staging folder.

    What is atomic and what is not:
    - Each file is replaced with os.replace (a rename within build/): a reader sees the old file or
      the new one, never a half-written one.
    - The set of files is not replaced in one step. A reader opening several files during the few
      milliseconds the moves take may see some new and some old files. datapackage.json moves last.
    - SIGINT and SIGTERM are held back while the files move, so Ctrl-C or a TERM either lands before
      the first move (nothing published) or after the last (everything published).
    - SIGKILL or a crash during the moves leaves a mix; the manifest written first lets the next
      build (any `kzfp build`, `stage` or `publish`, under the build lock) finish the moves before it
      does anything else (`recover`), since every staged file had passed validation.
    - Files are not fsynced: after a power failure the file system decides what survives.
    """
    # Paths relative to the staging folder, so that a copied or moved tree recovers in place.
    manifest = [[os.path.relpath(src, staging), os.path.relpath(dst, staging)] for src, dst in moves]
    with signals_held():
        (staging / f"{MANIFEST}.tmp").write_text(json.dumps(manifest), encoding="utf-8")
        os.replace(staging / f"{MANIFEST}.tmp", staging / MANIFEST)
        for src, dst in moves:
            dst.parent.mkdir(parents=True, exist_ok=True)
            os.replace(src, dst)
        shutil.rmtree(staging, ignore_errors=True)


def recover(build_dir: Path) -> list[str]:
    """Clean up after builds that died: finish a publication a kill interrupted mid-way (its staging
    folder has a manifest), remove every other staging folder. Call it holding the build lock (no
    other build is running then, so every staging folder is stale). Returns one note per folder."""
    notes = []
    for staging in sorted(build_dir.glob(STAGING_PREFIX + "*")):
        try:
            plan = json.loads((staging / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            plan = None  # killed before its first move: nothing was published from it
        if plan is not None:
            pending = [(staging / src, Path(os.path.normpath(staging / dst)))
                       for src, dst in plan if (staging / src).exists()]
            with signals_held():
                for src, dst in pending:
                    dst.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(src, dst)
            notes.append(f"finished the publication an interrupted build left half-done ({len(pending)} "
                         f"file(s) moved from {staging.name})")
        else:
            notes.append(f"removed {staging.name}, left by an interrupted build")
        shutil.rmtree(staging, ignore_errors=True)
    return notes


@contextmanager
def signals_held():
    """Hold back SIGINT and SIGTERM in this thread (delivered when the block ends); a no-op where the
    platform cannot block signals."""
    held = {signal.SIGINT, signal.SIGTERM}
    try:
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    except (AttributeError, ValueError, OSError):
        previous = None
    try:
        yield
    finally:
        if previous is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)
