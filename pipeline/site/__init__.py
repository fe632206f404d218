"""The explorer site published with the package (build/current/site/)."""
