"""The stages in build order: ingest, segment and extract run per text (`document`), then
dedupe, reconcile, curate and publish; pipeline/graph.py lists each with its inputs."""
