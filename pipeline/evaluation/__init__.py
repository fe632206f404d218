"""Scoring the facts against the gold annotations (seeds, dev and test)."""
