"""The one definition of every published table: Pandera models, in publication order.

`TABLES` maps each resource name to its model; the Frictionless table schemas, the DuckDB tables
and the data dictionary are all generated from it (`schemas.frictionless`, `pipeline.publish`,
`schemas.dictionary`).
"""

from schemas.core import Boilerplate, Passages, Sources

TABLES = {
    "sources": Sources,
    "boilerplate": Boilerplate,
    "passages": Passages,
}
