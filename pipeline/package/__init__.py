"""A published package: reading, checking and comparing it, its metadata and extra files."""
