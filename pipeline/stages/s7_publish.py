"""Write the data package and make it visible in one atomic step.

The package is the folder `build/current/`: `datapackage.json` (resource paths relative to it), the
CSV tables, `parquet/`, `kzfp.duckdb`, `reading/`, `DATA_DICTIONARY.md`, `evaluation.json`. `current`
is a symbolic link to `versions/<NNNN>-<content hash>/`; `publish` writes a whole new version into a
staging folder, renames it into `versions/` and then replaces the link with one rename, so a reader
(and every recipe, `kzfp query`, `kzfp validate`) sees the old package or the new one, never a mix,
whatever kills the build when. A file of a source removed from `raw/sources.yaml` disappears with the
switch. The last two versions are kept (a reader still inside the previous one is not cut off); older
ones are removed.

To publish more files with the package (a site in `site/`, an evaluation corpus), pass one more writer
to `publish(build_dir, writers)`: a function `writer(staging: Path) -> None` that writes its files under
the staging folder; they become visible together with the tables. `write_package` is the writer of
the tables and `datapackage.json`.
Row order is each table's primary key, CSVs are UTF-8 with LF line ends, and nothing carries a
clock time, so the same inputs give byte-identical CSV, Parquet and `datapackage.json`.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import shutil
import signal
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TypeVar

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import fingerprint
from pipeline.package import metadata, reuse
from schemas import TABLES
from schemas.frictionless import field_type, model_description, model_metadata, table_schema

CURRENT = "current"
"""build/current: the link to the published version, the package folder users open."""
VERSIONS = "versions"
DUCKDB_FILE = "kzfp.duckdb"
PACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
TABLE_PROFILE = "https://datapackage.org/profiles/2.0/tableschema.json"
ARROW_TYPE = {
    "string": pa.string(),
    "integer": pa.int64(),
    "number": pa.float64(),
    "boolean": pa.bool_(),
    "date": pa.date32(),
}
DUCKDB_TYPE = {"string": "VARCHAR", "integer": "BIGINT", "number": "DOUBLE", "boolean": "BOOLEAN", "date": "DATE"}


def sort_table(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Rows in primary-key order: the deterministic order of every output."""
    key = model_metadata(TABLES[name])["primary_key"]
    return frame.sort_values(key, kind="stable").reset_index(drop=True)


CSV_DIALECT = {"delimiter": ",", "quoteChar": '"', "header": True}
"""Stated, not guessed: a reader that sniffs the separator can take ';' from a note's punctuation."""
T = TypeVar("T")


def package(tables: dict[str, pd.DataFrame], meta: dict, extra_resources: Sequence[dict] = ()) -> dict:
    """The `datapackage.json` descriptor (Data Package v2) for the given tables."""
    sources = metadata.package_sources(tables["sources"])
    resources = []
    for name in tables:
        model = TABLES[name]
        resources.append(
            {
                "name": name,
                "type": "table",
                "path": f"{name}.csv",
                "scheme": "file",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": CSV_DIALECT,
                "title": model_metadata(model).get("title", name),
                "description": model_description(model),
                "schema": {"$schema": TABLE_PROFILE, **table_schema(model)},
            }
        )
    resources += [dict(r) for r in extra_resources]
    for resource in resources:  # the sources' own text keeps the sources' rights
        licenses = metadata.resource_licenses(resource["name"], tables["sources"])
        if licenses:
            resource["licenses"] = licenses
    return checked(
        {
            "$schema": PACKAGE_PROFILE,
            "name": meta["name"],
            "title": meta["title"],
            "description": " ".join(filter(None, [meta["description"], metadata.status_summary(tables)])),
            "version": meta["version"],
            "keywords": meta["keywords"],
            **({"homepage": meta["homepage"]} if meta.get("homepage") else {}),
            "licenses": meta["licenses"],
            "contributors": metadata.contributors(meta, tables),
            "sources": sources + meta["reference_sources"],
            "resources": resources,
        }
    )


MISSING_WORD = re.compile(r"nan|NaN|None|null|NA|<NA>|NaT")


def checked(descriptor: T, where: str = "datapackage.json") -> T:
    """The descriptor, after making sure no value is a missing value (None, NaN) or its word ('nan',
    'None'): that is a bug in how a field was chosen, and a reader would take it for data."""
    if isinstance(descriptor, dict):
        for key, value in descriptor.items():
            checked(value, f"{where}: {key}")
    elif isinstance(descriptor, list):
        for i, value in enumerate(descriptor):
            checked(value, f"{where}[{i}]")
    elif (
        descriptor is None
        or (isinstance(descriptor, float) and not math.isfinite(descriptor))
        or (isinstance(descriptor, str) and re.search(rf"(^|: )({MISSING_WORD.pattern})$", descriptor))
    ):
        raise ValueError(f"{where} is a missing value ({descriptor!r}); the metadata must say what is known")
    return descriptor


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    frame.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")


def write_parquet(name: str, frame: pd.DataFrame, path: Path) -> None:
    schema = TABLES[name].to_schema()
    arrow_schema = pa.schema([(col, ARROW_TYPE[field_type(c)]) for col, c in schema.columns.items()])
    arrays = [_arrow_array(frame[col], field_type(c)) for col, c in schema.columns.items()]
    table = pa.Table.from_arrays(arrays, schema=arrow_schema)
    pq.write_table(table, path, compression="zstd", write_statistics=False)


def _arrow_array(series: pd.Series, ftype: str) -> pa.Array:
    """One column as Arrow, a missing value (NaN, NA, None) as null. Converted by Arrow in one call, not
    value by value in Python (which cost half of writing the Parquet files); only a date goes through
    `pd.Timestamp`, which reads the model's ISO date strings as dates."""
    if ftype == "date":
        return pa.array([None if pd.isna(v) else pd.Timestamp(v).date() for v in series], type=ARROW_TYPE[ftype])
    return pa.array(series, type=ARROW_TYPE[ftype], from_pandas=True)


def table_statements(name: str, tables: dict) -> list[str]:
    """CREATE TABLE (types, NOT NULL, keys) and COMMENT statements of one table, from its model; foreign
    keys to the tables in `tables` created before it (the build's table order)."""
    model = TABLES[name]
    schema, meta = model.to_schema(), model_metadata(model)
    cols = [
        f'"{c}" {DUCKDB_TYPE[field_type(col)]}{"" if col.nullable else " NOT NULL"}'
        for c, col in schema.columns.items()
    ]
    cols.append(f"PRIMARY KEY ({', '.join(meta['primary_key'])})")
    for fk in meta.get("foreign_keys", []):
        ref = fk["reference"]
        if ref["resource"] != name and ref["resource"] in tables:
            cols.append(
                f"FOREIGN KEY ({', '.join(fk['fields'])}) REFERENCES {ref['resource']} ({', '.join(ref['fields'])})"
            )
    return [
        f"CREATE TABLE {name} ({', '.join(cols)})",
        f"COMMENT ON TABLE {name} IS {_sql_str(model_description(model))}",
    ] + [f'COMMENT ON COLUMN {name}."{c}" IS {_sql_str(col.description or "")}' for c, col in schema.columns.items()]


def write_duckdb(tables: dict[str, pd.DataFrame], path: Path, views: Sequence[tuple[str, list]] = ()) -> None:
    """Materialise every table with types, keys and comments from the models, then create views, in
    one transaction (a commit per statement costs more than the statements on a small package)."""
    con = duckdb.connect(str(path))
    try:
        con.execute("BEGIN TRANSACTION")
        for name, frame in tables.items():
            for statement in table_statements(name, tables):
                con.execute(statement)
            con.register("frame_to_load", frame)
            con.execute(f"INSERT INTO {name} SELECT * FROM frame_to_load")
            con.unregister("frame_to_load")
        for statement, parameters in views:
            con.execute(statement, parameters)
        con.execute("COMMIT")
    finally:
        con.close()


def _duckdb_key(staging: Path, tables: dict[str, pd.DataFrame], views: Sequence[tuple[str, list]]) -> str:
    """The checksum of what the DuckDB file is made of: DuckDB's version, this module (the writer), every
    statement, the bytes of each table as its Parquet file holds them (written from the same frames,
    typed by the model), and the statements' parameters with the bytes of any file they name."""
    parts = [duckdb.__version__.encode(), Path(__file__).read_bytes()]
    for name in tables:
        parts += [s.encode() for s in table_statements(name, tables)]
        parts.append((staging / "parquet" / f"{name}.parquet").read_bytes())
    for statement, parameters in views:
        parts.append(statement.encode())
        for value in parameters:
            parts.append(repr(value).encode())
            if isinstance(value, str) and Path(value).is_file():
                parts.append(Path(value).read_bytes())
    return reuse.key(parts)


def write_data_files(
    staging: Path, tables: dict[str, pd.DataFrame], cache_dir: Path | None = None, made_from: str | None = None
) -> None:
    """Each table's CSV and Parquet file; copied from `cache_dir` (`pipeline.package.reuse`) when they were
    written from tables made from the same inputs (`made_from`) by the same code (`data_files_key`)."""
    (staging / "parquet").mkdir(parents=True, exist_ok=True)
    key = data_files_key(made_from) if cache_dir is not None and made_from else None
    for name, frame in tables.items():
        csv, parquet = staging / f"{name}.csv", staging / "parquet" / f"{name}.parquet"
        for path, write in ((csv, partial(write_csv, frame)), (parquet, partial(write_parquet, name, frame))):
            if key is None or cache_dir is None:
                write(path)
            else:
                reuse.reuse_or_build(path, key, write, cache_dir / "tables")


def data_files_key(made_from: str) -> str:
    """The checksum of what the CSV and Parquet files are made of: the tables (`made_from`, given by the caller:
    their files and the code and libraries that read them), this module and all it imports (the writers, the
    models that order and type the rows), and the libraries that write them."""
    code = fingerprint.code_version(Path(__file__).resolve().parents[2], (__name__,))
    return reuse.key([made_from.encode(), code.encode(), f"pandas {pd.__version__}, pyarrow {pa.__version__}".encode()])


def _sql_str(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def write_package(
    staging: Path,
    tables: dict[str, pd.DataFrame],
    meta: dict,
    views: Sequence[tuple[str, list]] = (),
    extra_files: dict[str, bytes] | None = None,
    extra_resources: Sequence[dict] = (),
    cache_dir: Path | None = None,
    made_from: str | None = None,
) -> None:
    """Write the tables (CSV, Parquet, DuckDB), `extra_files` (path in the package -> bytes) and
    `datapackage.json` into `staging`; `extra_resources` are the package's non-table resources. With a
    `cache_dir`, a DuckDB file built from the same inputs is copied from there (`pipeline.package.reuse`),
    and so are the CSV and Parquet files when the caller gives `made_from`, the checksum of everything
    `tables` were made from (`data_files_key`)."""
    tables = {name: sort_table(name, frame) for name, frame in tables.items()}
    write_data_files(staging, tables, cache_dir, made_from)
    reuse.reuse_or_build(
        staging / DUCKDB_FILE,
        _duckdb_key(staging, tables, views),
        lambda path: write_duckdb(tables, path, views),
        cache_dir,
    )
    for rel, data in sorted((extra_files or {}).items()):
        (staging / rel).parent.mkdir(parents=True, exist_ok=True)
        (staging / rel).write_bytes(data)
    descriptor = package(tables, meta, extra_resources)
    (staging / "datapackage.json").write_text(
        json.dumps(descriptor, indent=2, ensure_ascii=False, allow_nan=False) + "\n", encoding="utf-8"
    )


STAGING_PREFIX = ".staging-"
LINK_PREFIX = ".current-"
VERSION_NAME = re.compile(r"(\d{4,})-[0-9a-f]{12}")
KEEP = 2
"""Versions kept: the published one and the one before it."""


def package_dir(build_dir: Path) -> Path:
    """The published package folder (build/current), which every reader opens."""
    return build_dir / CURRENT


def published_files(build_dir: Path) -> list[Path]:
    """The files whose presence says a package was published: what the publish stage's freshness checks."""
    return [package_dir(build_dir) / "datapackage.json", package_dir(build_dir) / DUCKDB_FILE]


def publish(build_dir: Path, writers: Iterable[Callable[[Path], object]]) -> Path:
    """Run every writer on a fresh staging folder, then make that folder the published package.

    What is atomic: the staging folder becomes `versions/<name>` by one rename, and `current` is
    switched to it by one rename of a new link over the old one; SIGINT and SIGTERM are held back
    between the two. A kill before the switch leaves the old package visible (the next build removes
    the leftovers, `recover`); after it, the new one. Files are not fsynced: after a power failure the
    file system decides what survives. Returns the new version's folder."""
    staging = build_dir / f"{STAGING_PREFIX}{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    try:
        for write in writers:
            write(staging)
        versions = build_dir / VERSIONS
        versions.mkdir(exist_ok=True)
        name = f"{_next_number(versions):04d}-{content_hash(staging)}"
        with signals_held():
            os.rename(staging, versions / name)
            link = build_dir / f"{LINK_PREFIX}{os.getpid()}"
            link.unlink(missing_ok=True)
            os.symlink(f"{VERSIONS}/{name}", link)
            os.replace(link, package_dir(build_dir))
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    prune(build_dir)
    return versions / name


def content_hash(folder: Path) -> str:
    """12 hex digits of sha256 over every file's path and bytes, except the DuckDB file (its bytes
    differ between identical builds): the same data gives the same hash."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.name != DUCKDB_FILE):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def _next_number(versions: Path) -> int:
    numbers = [int(m[1]) for p in versions.iterdir() if (m := VERSION_NAME.fullmatch(p.name))]
    return max(numbers, default=0) + 1


def prune(build_dir: Path) -> list[str]:
    """Remove versions beyond the KEEP newest (never the published one); return their names."""
    versions = build_dir / VERSIONS
    if not versions.is_dir():
        return []
    current = os.path.basename(os.readlink(package_dir(build_dir))) if package_dir(build_dir).is_symlink() else None
    found = sorted((int(m[1]), p) for p in versions.iterdir() if (m := VERSION_NAME.fullmatch(p.name)))
    kept = {p.name for _, p in found[-KEEP:]} | {current}
    gone = [p for _, p in found if p.name not in kept]
    for path in gone:
        shutil.rmtree(path, ignore_errors=True)
    return [p.name for p in gone]


def recover(build_dir: Path) -> list[str]:
    """Clean up after builds that died: staging folders and half-made links (the published package
    was never touched by them), and versions beyond the last two. Call it holding the build lock (no
    other build is running then). Returns one note per thing removed."""
    notes = []
    for path in sorted(build_dir.glob(STAGING_PREFIX + "*")) + sorted(build_dir.glob(LINK_PREFIX + "*")):
        if path.is_symlink() or not path.is_dir():
            path.unlink()
        else:
            shutil.rmtree(path, ignore_errors=True)
        notes.append(f"removed {path.name}, left by an interrupted build")
    return notes + [f"removed old version {name}" for name in prune(build_dir)]


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
