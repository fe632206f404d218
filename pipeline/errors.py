"""User-facing errors: one line that names the file, the problem and the fix.

Why: a contributor who breaks an input must see what to change, not a traceback. The CLI catches
`InputError`, prints its message and exits non-zero; `--debug` shows the traceback.
"""


class InputError(Exception):
    """A problem with the user's input files (texts, sources.yaml, dictionaries, curation)."""
