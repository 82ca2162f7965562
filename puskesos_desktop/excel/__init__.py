"""Workbooks and CSV files that travel on a USB stick between the office and the district.

No Qt, no database: plain dataclasses in, plain dataclasses out.

- ``safe``: writing cells so that text never becomes a formula (XlsxWriter and openpyxl helpers).
- ``guard``: checks every file before parsing (size, real type, password, zip bombs, row/cell limits).
- ``registry_reader``: the district's DTKS/DTSEN extract (.xlsx/.xls/.csv) into checked rows; issue reports.
- ``batch`` / ``batch_columns``: the monthly batch to the district (a contract) and the district's feedback.
"""
