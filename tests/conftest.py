"""Shared fixtures: the bundled sample documents and scratch warehouses."""

from __future__ import annotations

import functools
import logging
import os
from pathlib import Path

import pytest

from juesuan.settings import SAMPLE_DOCUMENTS

# A flow run outside the harness starts its own temporary Prefect server: on a loaded 2-core
# machine it needs more than Prefect's default 20 s (the juesuan command allows 180).
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

CHANGJI = SAMPLE_DOCUMENTS / "changji-prefecture-hrss-2022-final-account.txt"
MAOXIAN = SAMPLE_DOCUMENTS / "maoxian-county-hrss-2022-final-account.txt"
ZENGDU = SAMPLE_DOCUMENTS / "zengdu-district-hrss-2022-final-account.txt"
BAZHOU = SAMPLE_DOCUMENTS / "bazhou-prefecture-hrss-2022-performance-targets.txt"
PDF_DIR = SAMPLE_DOCUMENTS / "pdf"
CAIZHENGJU_2024 = PDF_DIR / "上海市普陀区财政局2024年度部门决算.pdf"
TEMPLATE = PDF_DIR / "附件2：部门决算模板.pdf"


# --- the suite in two processes (`make test`: pytest-xdist, ``pytest -n 2``) ---------------------
# Tests are handed out in groups, and what a group's tests share is made once, in one process, as
# without xdist. A module is a group (its module-scoped fixtures: a whole refresh, a dbt build);
# so are all the modules that use one of these session objects (found by name in their source).
# (xdist's own ``--dist loadgroup`` writes its group into a node id that pytest 9 no longer lets it
# change, so the groups are made here.)
SHARED_OBJECTS = {
    "sample_warehouse": ("build_sample_warehouse", "unit_test_outcomes"),  # test_dbt_build: load + dbt build
    "reconciled_warehouse": ("reconciled_warehouse",),  # load + dbt run + Great Expectations
    "prefect_harness": ("prefect_harness",),  # the temporary Prefect API
}
# Handed out first: groups of tens of seconds each (one left for the end keeps one process busy
# while the other waits).
FIRST_GROUPS = (
    "sample_warehouse",
    "prefect_harness",
    "reconciled_warehouse",
    "tests/test_r17_functional_codes.py",
    "tests/test_real_documents_refresh.py",
)
# Handed out last: the refresh on a busy machine keeps every CPU busy with spinning processes while
# it runs; next to a dbt build in the other process each slows the other (the test took 123 s
# there, 33 s alone), so it runs when the other process has little or nothing left.
LAST_GROUPS = ("tests/test_cli_process.py",)


@functools.cache
def group_of(root: Path, module: str) -> str:
    """The group of the tests of ``module`` (its path below the ``root`` of the node ids)."""
    source = (root / module).read_text(encoding="utf-8")
    return next((group for group, names in SHARED_OBJECTS.items() if any(name in source for name in names)), module)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object:
    from xdist.scheduler import LoadScopeScheduling

    class SharedObjectScheduling(LoadScopeScheduling):
        ordered = False

        def _split_scope(self, nodeid: str) -> str:
            return group_of(config.rootpath, nodeid.split("::", 1)[0])

        def _assign_work_unit(self, node: object) -> None:
            if not self.ordered:
                for group in reversed(FIRST_GROUPS):
                    if group in self.workqueue:
                        self.workqueue.move_to_end(group, last=False)
                for group in LAST_GROUPS:
                    if group in self.workqueue:
                        self.workqueue.move_to_end(group)
                self.ordered = True
            super()._assign_work_unit(node)

    return SharedObjectScheduling(config, log)


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
