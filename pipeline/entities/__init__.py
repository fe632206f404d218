"""Finding the entities of the dictionaries in the texts, and the organisations they lack."""
