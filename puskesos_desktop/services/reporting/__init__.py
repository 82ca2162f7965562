"""The monthly report, its figures and lists, the dashboard, the command line's lists."""
