"""Entry point (`digest` and `python -m digest`): answers `--version` before importing the CLI."""

import sys


def main() -> None:
    """`digest --version` without loading typer (start-up in tens of milliseconds); else the CLI."""
    if sys.argv[1:] in (["--version"], ["-V"]):
        from digest import __version__

        sys.stdout.write(f"digest {__version__}\n")
        return
    from digest.cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
