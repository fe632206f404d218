"""Readers of the files people write in raw/ (declared in schemas/inputs.py)."""
