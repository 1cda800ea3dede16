"""notebooks/cross_county.ipynb runs top to bottom against a warehouse built from the samples."""

from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient
from test_dbt_build import build_sample_warehouse

from juesuan.settings import PROJECT_ROOT

NOTEBOOK = PROJECT_ROOT / "notebooks" / "cross_county.ipynb"


@pytest.mark.slow
def test_cross_county_notebook_runs_and_draws_charts(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = build_sample_warehouse(tmp_path_factory)
    monkeypatch.setenv("JUESUAN_DB", str(db))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute()
    outputs = [out for cell in notebook.cells if cell.cell_type == "code" for out in cell.get("outputs", [])]
    assert not [out for out in outputs if out.get("output_type") == "error"]
    images = [out for out in outputs if "image/png" in out.get("data", {})]
    assert len(images) >= 2  # spending structure bars, execution-vs-score scatter
    shared = next(
        cell for cell in notebook.cells if cell.cell_type == "code" and "shared_functional_items" in cell.source
    )
    assert "2080101" in shared.outputs[0]["data"]["text/plain"]
