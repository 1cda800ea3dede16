"""Prefect flows of the warehouse: the nightly refresh and its schedule.

The schedule defaults live here, not in ``flows.schedule``, so that the CLI can show them
without importing Prefect.
"""

DEFAULT_CRON = "0 2 * * *"  # every night at 02:00
DEFAULT_TIMEZONE = "Asia/Shanghai"
