"""Parsing Chinese fiscal disclosure documents into typed records with provenance."""
