"""Data Pribadi Warga: everything the office holds about one resident, printed for that resident (UU 27/2022).

The resident's right of access (Pasal 7: access to and a copy of their personal data). The service layer fills
plain sections; this module only lays them out on the office's paper (A4 or F4), with the embedded DejaVu font.
Nothing is cut: long texts wrap and tables continue on the next page with their header repeated.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from puskesos_desktop.core import fmt
from puskesos_desktop.printing import blocks, labels, page
from puskesos_desktop.printing.data import Signer
from puskesos_desktop.printing.resident_sheet import Fields, Grid, ResidentDataSheet, Section
from puskesos_desktop.printing.text import HARD_LIMIT, para

TITLE = "DATA PRIBADI WARGA YANG DISIMPAN PUSKESOS"


def _text(value: str) -> str:
    """Paragraph markup for a value, whole (up to the hard limit), line breaks kept."""
    return para(value, multiline=True, limit=HARD_LIMIT) or "-"


def _fields(part: Fields, width: float, st: page.Styles) -> list[Flowable]:
    out: list[Flowable] = []
    if part.heading:
        out.append(Paragraph(f"<b>{_text(part.heading)}</b>", st.body))
    rows = [(label, _text(value)) for label, value in part.rows]
    out.append(blocks.field_table(rows, width, st, label_width=min(48 * mm, width * 0.3)))
    out.append(Spacer(1, st.size * 0.4))
    return out


def _grid(part: Grid, width: float, st: page.Styles) -> list[Flowable]:
    out: list[Flowable] = []
    if part.heading:
        out.append(Paragraph(f"<b>{_text(part.heading)}</b>", st.body))
    head = [Paragraph(para(h), st.cell_head) for h in part.head]
    body = [[Paragraph(_text(cell), st.cell) for cell in row] for row in part.rows]
    table = Table(
        [head, *body],
        colWidths=[width * w for w in part.widths],
        repeatRows=1,
        hAlign="LEFT",
        splitInRow=1,  # a cell longer than a page continues on the next one instead of being cut
    )
    table.setStyle(blocks.grid_style())
    out.append(table)
    out.append(Spacer(1, st.size * 0.6))
    return out


def _section(number: int, section: Section, width: float, st: page.Styles) -> list[Flowable]:
    starts_with_grid = bool(section.parts) and isinstance(section.parts[0], Grid)
    # A heading keeps with what follows; before a long table that would move the whole table to the next page.
    style = st.heading
    if starts_with_grid:
        style = ParagraphStyle("heading_before_table", parent=st.heading, keepWithNext=0)
    title = Paragraph(f"{number}. {para(section.title)}", style)
    intro: list[Flowable] = [title]
    if section.note:
        intro.append(Paragraph(_text(section.note), st.small))
        intro.append(Spacer(1, st.size * 0.3))
    if not section.parts:
        return [KeepTogether([*intro, Paragraph(para(section.empty), st.body)])]
    story: list[Flowable] = []
    for i, part in enumerate(section.parts):
        flow = _fields(part, width, st) if isinstance(part, Fields) else _grid(part, width, st)
        if i == 0 and isinstance(part, Grid):
            # The section's title never stays alone at the foot of a page; a long table is not kept whole with it
            # either (that would leave most of a page blank): a new page only when too little is left for the
            # title, the header and a few rows.
            story.append(CondPageBreak(45 * mm))
            story += intro
            story += flow
        elif i == 0:
            story.append(KeepTogether([*intro, flow[0]]))
            story += flow[1:]
        else:
            story += flow
    return story


def resident_data(data: ResidentDataSheet, *, footer: str = "") -> bytes:
    """The sheet as PDF bytes, on the office's paper (A4 or F4)."""
    meta = page.Meta(
        title=f"Data pribadi warga: {para(data.resident_name)}",
        subject="Salinan data pribadi untuk warga (UU 27/2022)",
        author=labels.office_author(data.office),
    )
    return page.build_flowing(
        lambda width: _story(data, width),
        pagesize=page.paper_size(data.office.paper),
        margins=(20 * mm, 18 * mm, 15 * mm, 16 * mm),
        meta=meta,
        decor=page.Decor(footer=footer, margin=18 * mm, footer_y=8 * mm),
    )


def _story(data: ResidentDataSheet, width: float) -> list[Flowable]:
    st = page.styles(9.5)
    office = data.office
    village = labels.village_label(office.village_name)
    story: list[Flowable] = [blocks.Letterhead(office)]
    story += blocks.title_block(
        st, TITLE, subtitle=f"{data.resident_name} — {data.reference} — per {fmt.tanggal_jam(data.printed_at)}"
    )
    story.append(
        Paragraph(
            para(
                f"Dokumen ini memuat semua data tentang Saudara/Saudari yang disimpan Puskesos {village}, sesuai hak "
                "Subjek Data Pribadi untuk mendapatkan akses dan salinan datanya (Pasal 7 Undang-Undang Nomor 27 "
                "Tahun 2022 tentang Pelindungan Data Pribadi). Bila ada data yang keliru, Saudara/Saudari berhak "
                "meminta perbaikan kepada petugas; setiap perubahan dicatat dalam riwayat.",
                limit=HARD_LIMIT,
            ),
            st.justify,
        )
    )
    for number, section in enumerate(data.sections, start=1):
        story += _section(number, section, width, st)
    closing = Paragraph("Dokumen ini untuk warga yang bersangkutan. " + page.PRIVACY_NOTE, st.tiny)
    story.append(
        blocks.signature_block(
            [Signer(title="Petugas yang mencetak,", name=data.officer_name)],
            width,
            st,
            place=labels.village_place(office.village_name),
            day=data.printed_at,
            gap=16 * mm,
        )
    )
    story.append(Spacer(1, 3 * mm))
    story.append(closing)
    return story
