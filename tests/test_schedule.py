"""The nightly schedule is registered with the given cron and time zone (inspected, never waited for)."""

from __future__ import annotations

from pathlib import Path

import pytest

from juesuan.cli import main
from juesuan.settings import SAMPLE_DOCUMENTS


@pytest.fixture(scope="module")
def schedule_module():  # importing Prefect costs seconds: once per module
    import flows.schedule

    return flows.schedule


def test_deployment_carries_the_cron_in_shanghai_time(schedule_module, tmp_path: Path) -> None:
    deployment = schedule_module.build_deployment(
        SAMPLE_DOCUMENTS, tmp_path / "warehouse.duckdb", cron="0 2 * * *", timezone="Asia/Shanghai"
    )
    [entry] = deployment.schedules
    assert (entry.schedule.cron, entry.schedule.timezone, entry.active) == ("0 2 * * *", "Asia/Shanghai", True)
    assert deployment.name == "nightly" and deployment.flow_name == "juesuan-refresh"
    assert deployment.entrypoint == "flows.refresh.refresh_flow"
    assert deployment.parameters == {
        "docs_dir": str(SAMPLE_DOCUMENTS), "db_path": str(tmp_path / "warehouse.duckdb"), "keep_versions": 3,
    }


def test_relative_paths_become_absolute_so_a_served_run_finds_them(schedule_module) -> None:
    deployment = schedule_module.build_deployment(Path("docs"), Path("w.duckdb"), cron="30 1 * * 1-5",
                                                  timezone="Asia/Urumqi")
    assert deployment.parameters["db_path"] == str(Path.cwd() / "w.duckdb")
    assert (deployment.schedules[0].schedule.cron, deployment.schedules[0].schedule.timezone) == (
        "30 1 * * 1-5", "Asia/Urumqi")


def test_the_next_run_is_two_in_the_morning_shanghai_time(schedule_module) -> None:
    import asyncio
    import datetime as dt
    from zoneinfo import ZoneInfo

    from prefect.server.schemas.schedules import CronSchedule

    schedule = schedule_module.nightly_schedule()
    server_side = CronSchedule(cron=schedule.cron, timezone=schedule.timezone)  # what the scheduler computes
    start = dt.datetime(2025, 3, 1, 12, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    [nxt] = asyncio.run(server_side.get_dates(n=1, start=start))
    local = nxt.astimezone(ZoneInfo("Asia/Shanghai"))
    assert (local.date(), local.hour, local.minute) == (dt.date(2025, 3, 2), 2, 0)
    assert nxt.astimezone(dt.UTC).hour == 18  # 02:00 in Shanghai is 18:00 UTC the day before


@pytest.mark.parametrize(
    ("cron", "timezone", "message"),
    [("every night", "Asia/Shanghai", "invalid cron expression 'every night'"),
     ("0 2 * * *", "Mars/Olympus", "unknown time zone 'Mars/Olympus'")],
)
def test_a_bad_cron_or_time_zone_is_refused_with_one_line(
    cron: str, timezone: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["schedule", "--cron", cron, "--timezone", timezone]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_cli_serves_the_deployment_it_built(
    schedule_module, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    served = []
    monkeypatch.setattr(schedule_module, "serve_nightly", served.append)
    db = tmp_path / "w.duckdb"
    assert main(["schedule", "--cron", "0 2 * * *", "--db", str(db)]) == 0
    [deployment] = served
    assert deployment.schedules[0].schedule.cron == "0 2 * * *"
    assert deployment.schedules[0].schedule.timezone == "Asia/Shanghai"  # the default
    assert deployment.parameters["db_path"] == str(db)
    assert "'0 2 * * *' (Asia/Shanghai)" in capsys.readouterr().out
