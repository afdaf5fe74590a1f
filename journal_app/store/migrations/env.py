"""Alembic environment: the store always calls it with an open connection (no alembic CLI)."""

from __future__ import annotations

from alembic import context

from journal_app.store.schema import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only alter tables by copying them
    transaction_per_migration=True,  # each migration commits on its own, or not at all
)
with context.begin_transaction():
    context.run_migrations()
