"""README.md of a release archive: what is in the folder and how to load it, for people who use the data.

Why: the repository's README is for people who build the data; an archive unpacked on a laptop needs a
short page that says what each file is, how to open the tables in Python, R, Stata or DuckDB, how to
make the DuckDB database, and how to cite and reuse the data. Rendered from the package descriptor, so
it lists the tables the archive holds.
"""

from __future__ import annotations

from pipeline.package.database_script import FILE_NAME as DATABASE_SCRIPT
from pipeline.package.stata import FOLDER as STATA_FOLDER

TEMPLATE = """# {title}, version {version}

{description}

Open `site/index.html` in a web browser to explore the facts (no network needed): a timeline, a
page per state, organisation and person, a page per fact with its quotes, and each source with its facts
marked. The same data:

| files | what |
|---|---|
| `<table>.csv` | the tables (UTF-8, comma-separated, header row; only an empty cell is missing) |
| `parquet/<table>.parquet` | the same tables, typed |
| `{stata}/<table>.dta` | the same tables for Stata 14 or later (variable labels, value labels for the coded fields) |
| `{script}` | makes the DuckDB database from the Parquet files (below) |
| `datapackage.json` | Frictionless Data Package v2: every table's fields, types, keys, licences and sources |
| `DATA_DICTIONARY.md` | every field of every table explained |
| `reading/<source>.txt` | each source text without its repeated sentences, for reading |
| `CITATION.cff`, `CHANGELOG.md`, `LICENSE`, `SHA256SUMS` | how to cite, what changed, the code's licence, checksums (`sha256sum -c SHA256SUMS`) |

Tables: {tables}.

## Loading the data
Python (pandas): `pd.read_csv("memberships.csv", keep_default_na=False, na_values=[""])`, or
`pd.read_parquet("parquet/memberships.parquet")`.

R (readr and jsonlite), with each field's type from `datapackage.json`:

```r
library(readr); library(jsonlite)
descriptor <- fromJSON("datapackage.json", simplifyVector = FALSE)
read_table <- function(name) {{
  resource <- Filter(function(r) identical(r$name, name), descriptor$resources)[[1]]
  types <- c(string = "c", integer = "i", number = "d", boolean = "l", date = "D")
  spec <- paste(types[vapply(resource$schema$fields, function(f) f$type, "")], collapse = "")
  read_csv(resource$path, col_types = spec, na = "")
}}
passages <- read_table("passages")  # any table, by its name
```

Stata: `use "{stata}/memberships.dta", clear`.

DuckDB: the database is not in the archive, because DuckDB never writes the same file twice and the
archive rebuilds bit for bit. Make it in this folder with one line (Python with `duckdb` installed):

```sh
python -c "import duckdb; duckdb.connect('kzfp.duckdb').execute(open('{script}').read())"
```

(or `duckdb kzfp.duckdb < {script}` with the DuckDB command line). It holds the tables with
their keys and column comments, the Correlates of War IGO memberships (`raw/reference/`) and the views
`facts`, `membership_vs_cow` and `passage_repeats`.

## Licences and citation
The tables and `datapackage.json` are under {licence}. The texts of the sources (the `passages` and
`boilerplate` tables and `reading/`) keep their owners' rights, stated per resource in
`datapackage.json` and in the `sources` table. `LICENSE` is the MIT licence of the code that made the
data. Cite the data as `CITATION.cff` says (version {version}), and the source texts you rely on.
"""


def render(descriptor: dict) -> str:
    tables = [r["name"] for r in descriptor["resources"] if "schema" in r]
    licence = ", ".join(f"{lic.get('title') or lic['name']} ({lic.get('path', '')})" for lic in descriptor["licenses"])
    return TEMPLATE.format(
        title=descriptor["title"],
        version=descriptor["version"],
        description=descriptor["description"],
        tables=", ".join(f"`{t}`" for t in tables),
        stata=STATA_FOLDER,
        script=DATABASE_SCRIPT,
        licence=licence,
    )
