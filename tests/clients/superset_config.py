# Superset configuration for `make superset-check` only: its metadata database in the working
# directory (.clients/superset), no secrets.
import os

SECRET_KEY = "juesuan-superset-check-only"  # a local check: no login is served
SQLALCHEMY_DATABASE_URI = "sqlite:///" + os.path.join(os.getcwd(), "superset-check.db")
