"""Workbooks and CSV files that travel on a USB stick between the office and the district.

No Qt, no database: plain dataclasses in, plain dataclasses out.

- ``safe``: writing cells so that text never becomes a formula (XlsxWriter and openpyxl helpers).
- ``guard`` (with ``scan``): checks every file before parsing: size, real type, password, zip bombs, sheet extents.
- ``registry_reader`` (with ``headers``, ``csvread``, ``registry_rows``): the district's DTKS/DTSEN extract
  (.xlsx/.xls/.csv) into checked rows; ``issue_report``: the rejected-rows workbook.
- ``batch`` (with ``batch_columns``, the contract): the monthly batch to the district; ``feedback``: its answers.
- ``common``: RowIssue, Cancelled, cell conversions.
"""
