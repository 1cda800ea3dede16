"""Benchmarks: a synthetic national-size corpus and the harness that measures juesuan on it."""
