"""The user commands besides build: review, release, diff, add-source, query."""
