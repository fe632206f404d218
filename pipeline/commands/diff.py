"""`kzfp diff OLD NEW`: what changed between two versions of the data package (package folders or
release archives), in Markdown or JSON. The comparison is `pipeline.package.diff`, its rendering
`pipeline.package.diff_markdown`; `kzfp release` writes the changelog from the same two.
"""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.package.diff import compare, load
from pipeline.package.diff_markdown import to_json, to_markdown


@click.command("diff")
@click.argument("old", type=click.Path(exists=True, path_type=Path))
@click.argument("new", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["markdown", "json"]), default="markdown", help="Markdown (default) or JSON."
)
def diff_cmd(old: Path, new: Path, fmt: str) -> None:
    """Compare two versions of the package: OLD and NEW are package folders or release archives (.zip).

    \b
    Example:
      kzfp diff dist/kazakhstan-foreign-relations-0.1.0.zip .
    """
    result = compare(load(old), load(new))
    if fmt == "json":
        click.echo(to_json(result), nl=False)
    else:
        title = f"# Changes in {result['new']['name']}: {result['old']['version']} → {result['new']['version']}"
        click.echo(title + "\n\n" + to_markdown(result, level=2), nl=False)
