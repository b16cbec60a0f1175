"""``python -m articlecli``."""

from articlecli.cli import run

if __name__ == "__main__":
    run()
