"""Shared fixtures: the bundled sample documents and scratch warehouses."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from juesuan.settings import SAMPLE_DOCUMENTS

# Flows run outside the harness (the Dask benchmark) start their own temporary Prefect server: on a
# loaded 2-core machine it needs more than Prefect's default 20 s (the juesuan command allows 180).
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

CHANGJI = SAMPLE_DOCUMENTS / "changji-prefecture-hrss-2022-final-account.txt"
MAOXIAN = SAMPLE_DOCUMENTS / "maoxian-county-hrss-2022-final-account.txt"
ZENGDU = SAMPLE_DOCUMENTS / "zengdu-district-hrss-2022-final-account.txt"
BAZHOU = SAMPLE_DOCUMENTS / "bazhou-prefecture-hrss-2022-performance-targets.txt"
PDF_DIR = SAMPLE_DOCUMENTS / "pdf"
CAIZHENGJU_2024 = PDF_DIR / "上海市普陀区财政局2024年度部门决算.pdf"
TEMPLATE = PDF_DIR / "附件2：部门决算模板.pdf"


@pytest.fixture
def tmp_db(tmp_path: Path) -> Path:
    return tmp_path / "warehouse.duckdb"


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect API (its own SQLite database) for every test that runs a flow."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield
        # The harness logs "Stopping temporary server" through a console bound to the stdout
        # pytest has already closed at session end: keep that teardown line out of the log.
        logging.getLogger("prefect").setLevel(logging.WARNING)
