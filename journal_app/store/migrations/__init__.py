"""Alembic migrations of the journal database, shipped inside the package and run at start-up."""
