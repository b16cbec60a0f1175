"""``python -m articlecli``."""

from articlecli.cli import main

if __name__ == "__main__":
    main()
