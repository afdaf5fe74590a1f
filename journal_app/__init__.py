"""Reflection Journal: work through reflective prompt packs offline and keep the answers locally."""

__version__ = "0.1.0"
APP_NAME = "journal-app"
