"""The batch's chain record: its count and head come from the last entry, or from the previous batch when empty."""

from __future__ import annotations

from puskesos_desktop.core.audit_chain import AuditChain


def test_count_and_head_are_the_last_entry() -> None:
    chain = AuditChain(prev_id=41, prev_hash="ab" * 32, entries=((42, "cd" * 32), (43, "ef" * 32)))
    assert (chain.count, chain.head) == (43, "ef" * 32)


def test_an_empty_chain_stands_on_the_previous_batch() -> None:
    chain = AuditChain(prev_id=41, prev_hash="ab" * 32, entries=())
    assert (chain.count, chain.head) == (41, "ab" * 32)
