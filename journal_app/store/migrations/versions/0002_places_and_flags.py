"""Remember where each journal was left, and mark answers skipped or private.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add journals.last_prompt_id, answers.skipped and answers.private."""
    with op.batch_alter_table("journals") as batch:
        batch.add_column(sa.Column("last_prompt_id", sa.String(length=80), nullable=True))
    with op.batch_alter_table("answers") as batch:
        batch.add_column(sa.Column("skipped", sa.Boolean(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("private", sa.Boolean(), nullable=False, server_default="0"))
