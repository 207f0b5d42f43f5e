"""Stage 4: align the 目录 to the body and cut entries (being written)."""
