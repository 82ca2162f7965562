from __future__ import annotations

import pytest

from puskesos_desktop.core import statuses as st
from puskesos_desktop.core.errors import TransitionError


def test_closed_lists_are_exact() -> None:
    assert [s.value for s in st.ComplaintStatus] == [
        "Diterima", "Diteruskan ke Back Office", "Ditangani di Desa", "Dirujuk", "Selesai", "Dibatalkan"
    ]
    assert [s.value for s in st.ReferralStatus] == [
        "Menunggu Persetujuan", "Dikirim", "Disetujui", "Ditolak", "Ditelaah Lebih Lanjut", "Dibatalkan"
    ]
    assert [s.value for s in st.ProposalStatus] == [
        "Draf", "Disahkan Musdes", "Diusulkan", "Diverifikasi", "Diterima", "Ditolak"
    ]
    assert [s.value for s in st.ProposalKind] == ["Tambah", "Perbarui", "Hapus"]
    assert [s.value for s in st.Field] == ["Kesehatan", "Sosial", "Pendidikan", "Adminduk", "Lainnya"]


def test_reopen_goes_back_to_back_office() -> None:
    assert st.COMPLAINT_TRANSITIONS[st.ComplaintStatus.SELESAI] == {st.ComplaintStatus.DITERUSKAN}
    st.check_complaint_transition("Dibatalkan", "Diteruskan ke Back Office")


def test_referral_needs_sending_before_outcome() -> None:
    with pytest.raises(TransitionError):
        st.check_referral_transition("Menunggu Persetujuan", "Disetujui")
    st.check_referral_transition("Dikirim", "Ditolak")
