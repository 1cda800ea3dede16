"""juesuan: a warehouse of Chinese public-sector final accounts and performance reports."""

__version__ = "0.1.0"
