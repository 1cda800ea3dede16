# Superset configuration for the local BI check only (tests/test_superset.py, `make superset-check`):
# its metadata database inside Superset's own virtual environment (.clients/superset), no secrets.
import os
import sys

SECRET_KEY = "juesuan-superset-check-only"  # a local check: the server listens on 127.0.0.1 only
SQLALCHEMY_DATABASE_URI = "sqlite:///" + os.path.join(sys.prefix, "superset-check.db")
