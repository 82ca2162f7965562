"""The audit chain's digests a monthly batch carries (issue 14): made by services.audit, written and read by excel.

One record for both sides, so the batch's sheet and the database's extract cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AuditChain:
    """Every entry after `prev_id`, the batch's own export entry last: numbers and SHA-256 hashes, nothing else."""

    prev_id: int  # the previous batch's export entry (0: this is the first batch)
    prev_hash: str  # its hash (64 zeros for the first batch)
    entries: tuple[tuple[int, str], ...]  # (entry number, hash), numbers prev_id+1 … count

    @property
    def count(self) -> int:
        return self.entries[-1][0] if self.entries else self.prev_id

    @property
    def head(self) -> str:
        return self.entries[-1][1] if self.entries else self.prev_hash
