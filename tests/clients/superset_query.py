"""One cross-county question asked of Apache Superset over HTTP, as an analyst's SQL Lab would.

Run by Superset's own Python (``.clients/superset``, installed by ``make superset``): starts the
Superset web server (``superset run``, metadata in that folder, admin made at install) on a free
local port, logs in through the REST API, registers the published warehouse as a DuckDB database
(duckdb-engine, read-only URI), lists the ``marts`` tables as SQL Lab's schema browser does and
runs the basic-expenditure share comparison (基本支出占比, by department and year across counties)
through ``/api/v1/sqllab/execute/``. Prints JSON lines: a header (Superset's version, the engine,
the marts tables), then the rows as Superset returned them. Exits 1 with a one-line reason when
anything fails. Usage: superset_query.py WAREHOUSE
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path

import requests

QUESTION = (
    "select department_name, province, prefecture, county, fiscal_year, basic_share_pct "
    "from marts.mart_department_year where basic_share_pct is not null "
    "order by basic_share_pct desc, department_name, fiscal_year"
)
HOME = Path(sys.prefix)  # the virtual environment Superset is installed in: .clients/superset
CONFIG = Path(__file__).resolve().parent / "superset_config.py"
# The local admin `make superset` creates (a throwaway metadata database; no server is left running).
ADMIN = {"username": "admin", "password": "juesuan-local-check", "provider": "db", "refresh": False}
DATABASE = "juesuan"


class SupersetError(Exception):
    """A step of the conversation with Superset failed (one line, with the HTTP status)."""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _start_server(port: int) -> subprocess.Popen:
    env = {**os.environ, "SUPERSET_CONFIG_PATH": str(CONFIG), "FLASK_APP": "superset"}
    log = (HOME / "server.log").open("w")
    return subprocess.Popen([str(HOME / "bin" / "superset"), "run", "-h", "127.0.0.1", "-p", str(port),
                             "--with-threads"], cwd=HOME, env=env, stdout=log, stderr=subprocess.STDOUT)


def _wait_healthy(base: str, server: subprocess.Popen, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SupersetError(f"superset run exited with {server.returncode} (see {HOME / 'server.log'})")
        try:
            if requests.get(f"{base}/health", timeout=5).text == "OK":
                return
        except requests.ConnectionError:
            pass
        time.sleep(1)
    raise SupersetError(f"Superset did not answer /health within {seconds:.0f} s")


def _call(session: requests.Session, method: str, url: str, **kwargs) -> dict:
    response = session.request(method, url, timeout=120, **kwargs)
    if response.status_code >= 400:
        raise SupersetError(f"{method} {url.split('/api/', 1)[-1]}: HTTP {response.status_code} {response.text[:300]}")
    return response.json()


def _login(base: str) -> requests.Session:
    session = requests.Session()
    token = _call(session, "POST", f"{base}/api/v1/security/login", json=ADMIN)["access_token"]
    session.headers["Authorization"] = f"Bearer {token}"
    csrf = _call(session, "GET", f"{base}/api/v1/security/csrf_token/")["result"]
    session.headers.update({"X-CSRFToken": csrf, "Referer": base})
    return session


def _register(session: requests.Session, base: str, warehouse: Path) -> int:
    """The warehouse as a Superset database (updated in place when an earlier run registered it)."""
    body = {"database_name": DATABASE, "sqlalchemy_uri": f"duckdb:///{warehouse}?access_mode=read_only",
            "expose_in_sqllab": True}
    known = _call(session, "GET", f"{base}/api/v1/database/", params={"q": "(page_size:100)"})["result"]
    for database in known:
        if database["database_name"] == DATABASE:
            _call(session, "PUT", f"{base}/api/v1/database/{database['id']}", json=body)
            return database["id"]
    return _call(session, "POST", f"{base}/api/v1/database/", json=body)["id"]


def ask(warehouse: Path, base: str) -> tuple[dict, list[dict]]:
    session = _login(base)
    database_id = _register(session, base, warehouse)
    tables = _call(session, "GET", f"{base}/api/v1/database/{database_id}/tables/",
                   params={"q": "(force:!t,schema_name:marts)"})["result"]
    engine = _call(session, "GET", f"{base}/api/v1/database/{database_id}")["result"]["backend"]
    answer = _call(session, "POST", f"{base}/api/v1/sqllab/execute/",
                   json={"database_id": database_id, "sql": QUESTION, "schema": "marts", "runAsync": False,
                         "client_id": secrets.token_hex(5), "queryLimit": 1000})
    if answer.get("status") != "success":
        raise SupersetError(f"SQL Lab answered {answer.get('status')}: {answer.get('error')}")
    header = {"client": "superset", "version": version("apache-superset"), "backend": engine,
              "tables": sorted(t["value"] for t in tables)}
    return header, answer["data"]


def main(warehouse: Path) -> int:
    port = _free_port()
    server = _start_server(port)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(base, server)
        header, rows = ask(warehouse.resolve(), base)
    except (SupersetError, requests.RequestException) as err:
        print(f"superset: {err}".splitlines()[0], file=sys.stderr)
        return 1
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(json.dumps(header, ensure_ascii=False))
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
