"""`python main.py …` is the same as the `puskesos …` console script."""

from puskesos_desktop.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())
