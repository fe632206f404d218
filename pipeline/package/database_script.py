"""kzfp.sql: the SQL that makes the DuckDB database from the Parquet files, for release archives.

Why: DuckDB writes a random database identifier and checksums into every file, so `kzfp.duckdb` is not
the same bytes twice and a release holding it could not rebuild bit for bit. The archive ships this
script instead (tables with types, keys and comments; the rows from build/parquet/; the COW reference
table and the views), and one line makes the database in the unpacked folder:
    python -c "import duckdb; duckdb.connect('kzfp.duckdb').execute(open('kzfp.sql').read())"
(or `duckdb kzfp.duckdb < kzfp.sql`). It uses the statements the build runs (publish.py,
views.py), so the database it makes holds the same tables, rows and views as the one the build writes.
"""

from __future__ import annotations

from pipeline.stages.s7_publish import _sql_str, table_statements

FILE_NAME = "kzfp.sql"
HEADER = """-- The DuckDB database of the data package, made from the Parquet files. In the package folder run
--   python -c "import duckdb; duckdb.connect('kzfp.duckdb').execute(open('kzfp.sql').read())"
-- or, with the DuckDB command line,  duckdb kzfp.duckdb < kzfp.sql
"""


def script(table_names: list[str], views: list[tuple[str, list]]) -> str:
    """Every statement, in the build's order; a view statement's parameter (a file path relative to the
    package folder) is written in as a literal."""
    tables = dict.fromkeys(table_names)
    out = [HEADER]
    for name in table_names:
        out += [s + ";" for s in table_statements(name, tables)]
        out.append(f"INSERT INTO {name} SELECT * FROM read_parquet('parquet/{name}.parquet');")
    for statement, parameters in views:
        for value in parameters:
            statement = statement.replace("?", _sql_str(value), 1)
        out.append(statement.rstrip(";") + ";")
    return "\n".join(out) + "\n"
